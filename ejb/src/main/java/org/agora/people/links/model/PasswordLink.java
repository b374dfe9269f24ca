package org.agora.people.links.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time link with which a person chooses their password. Only the hash of its secret is stored, so that the
 * database alone opens no account.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    /** Where a link stands when someone opens it. */
    public enum State {
        USABLE, USED, EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
    }

    /** @param lifetime how long the link works */
    public PasswordLink(long personId, String tokenHash, Long createdBy, Instant now, Duration lifetime) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
