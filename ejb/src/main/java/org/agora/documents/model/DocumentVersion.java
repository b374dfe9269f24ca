package org.agora.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

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

    @Column(name = "file_hash", nullable = false)
    private String fileHash;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

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
        this.fileHash = fileHash;
        this.size = size;
        this.contentType = contentType;
        this.fileName = Names.ofUpload(fileName);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public int getNumber() {
        return number;
    }

    public String getFileHash() {
        return fileHash;
    }

    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return fileName;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
