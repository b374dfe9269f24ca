package org.agora.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.files.StoredFile;

/** One uploaded version of a document: who uploaded which file when. */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int number;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, String fileHash, long size, String contentType, String fileName,
                    long uploadedBy, Instant uploadedAt) {
        this.document = document;
        this.number = number;
        this.file = new StoredFile(Names.ofUpload(fileName), contentType, size, fileHash);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public int getNumber() {
        return number;
    }

    public StoredFile getFile() {
        return file;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
