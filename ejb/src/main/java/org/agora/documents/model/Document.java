package org.agora.documents.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A document of a space: a name, a folder, and every version ever uploaded, the last one current. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private long spaceId;

    @Column(name = "folder_id")
    private Long folderId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number DESC")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected Document() {
    }

    public Document(long spaceId, Long folderId, String name, long createdBy, Instant now) {
        this.spaceId = spaceId;
        this.folderId = folderId;
        this.name = Names.document(name);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Adds a version; the older ones stay downloadable. */
    public DocumentVersion addVersion(String fileHash, long size, String contentType, String fileName, long uploader,
                                      Instant now) {
        DocumentVersion v = new DocumentVersion(this, versions.size() + 1, fileHash, size, contentType, fileName,
                uploader, now);
        versions.add(0, v);
        updatedAt = now;
        return v;
    }

    /** @return true if the document is named so already, as {@link #rename} would store the name */
    public boolean isNamed(String newName) {
        return name.equals(Names.document(newName));
    }

    /** @return true if the current version holds this file */
    public boolean currentlyHolds(String fileHash) {
        return current().getFile().hash().equals(fileHash);
    }

    public void rename(String newName, Instant now) {
        name = Names.document(newName);
        updatedAt = now;
    }

    public void moveTo(Long newFolderId, Instant now) {
        folderId = newFolderId;
        updatedAt = now;
    }

    /** @return the current version, the newest */
    public DocumentVersion current() {
        return versions.get(0);
    }

    public List<DocumentVersion> getVersions() {
        return versions;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public Long getFolderId() {
        return folderId;
    }

    public String getName() {
        return name;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    /** @return the version for optimistic locking, which the edit forms carry */
    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
