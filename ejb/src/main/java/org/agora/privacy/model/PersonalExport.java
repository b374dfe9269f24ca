package org.agora.privacy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An archive of a person's data prepared in the background. It is downloaded through a random token, and only
 * until it expires; the file is then deleted.
 */
@Entity
@Table(name = "personal_export")
public class PersonalExport {

    /** Where the archive stands. */
    public enum Status { QUEUED, WRITING, READY, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(nullable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "size_bytes")
    private Long size;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PersonalExport() {
    }

    public PersonalExport(long personId, long requestedBy, String token, Instant now, Instant expiresAt) {
        this.personId = personId;
        this.requestedBy = requestedBy;
        this.token = token;
        this.status = Status.QUEUED;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** @param percent how much of the archive is written */
    public void writing(int percent) {
        status = Status.WRITING;
        progress = Math.max(0, Math.min(99, percent));
    }

    public void ready(long bytes) {
        status = Status.READY;
        progress = 100;
        size = bytes;
    }

    public void failed() {
        status = Status.FAILED;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public String getToken() {
        return token;
    }

    public Status getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public Long getSize() {
        return size;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
