package org.agora.people.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of an import that was not imported, and why. */
@Entity
@Table(name = "import_rejection")
public class ImportRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(length = 300)
    private String excerpt;

    protected ImportRejection() {
    }

    ImportRejection(long runId, EmployeeRow row, String reason) {
        this.runId = runId;
        this.lineNumber = row.line();
        this.reason = reason.length() > 300 ? reason.substring(0, 299) + "…" : reason;
        this.excerpt = row.excerpt();
    }

    RejectionView view() {
        return new RejectionView(lineNumber, reason, excerpt);
    }
}
