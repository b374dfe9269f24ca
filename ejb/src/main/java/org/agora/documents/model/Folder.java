package org.agora.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A folder of a space's document library; folders nest. */
@Entity
@Table(name = "doc_folder")
public class Folder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private long spaceId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Folder() {
    }

    public Folder(long spaceId, Long parentId, String name, long createdBy, Instant now) {
        this.spaceId = spaceId;
        this.parentId = parentId;
        this.name = Names.folder(name);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void rename(String newName) {
        name = Names.folder(newName);
    }

    public void moveTo(Long newParentId) {
        parentId = newParentId;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }
}
