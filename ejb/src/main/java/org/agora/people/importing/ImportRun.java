package org.agora.people.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of an employee file, with its counts as the job goes. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "total_rows")
    private int totalRows;
    @Column(name = "processed_rows")
    private int processedRows;
    @Column(name = "created_count")
    private int created;
    @Column(name = "updated_count")
    private int updated;
    @Column(name = "unchanged_count")
    private int unchanged;
    @Column(name = "rejected_count")
    private int rejected;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportRun() {
    }

    ImportRun(String fileName, long startedBy, Instant now) {
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.startedBy = startedBy;
        this.status = Status.QUEUED;
        this.startedAt = now;
    }

    void started(long execution) {
        executionId = execution;
    }

    void running(int rows) {
        status = Status.RUNNING;
        totalRows = rows;
    }

    void count(int createdRows, int updatedRows, int unchangedRows, int rejectedRows) {
        created += createdRows;
        updated += updatedRows;
        unchanged += unchangedRows;
        rejected += rejectedRows;
        processedRows += createdRows + updatedRows + unchangedRows + rejectedRows;
    }

    void finish(boolean success, Instant now) {
        status = success ? Status.COMPLETED : Status.FAILED;
        finishedAt = now;
    }

    ImportRunView view() {
        return new ImportRunView(id, executionId, fileName, status.name(), totalRows, processedRows, created, updated, unchanged,
                rejected, startedAt, finishedAt);
    }

    public Long getId() {
        return id;
    }
}
