package org.agora.follows.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone follows a colleague or a space, so that their posts come into the home feed. */
@Entity
@Table(name = "follow")
public class Follow {

    /** What is followed. */
    public enum Kind { PERSON, SPACE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "follower_id", nullable = false)
    private long followerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    public Follow(long followerId, Kind kind, long targetId, Instant now) {
        if (kind == Kind.PERSON && followerId == targetId) {
            throw new IllegalArgumentException("nobody follows themselves");
        }
        this.followerId = followerId;
        this.kind = kind;
        this.targetId = targetId;
        this.createdAt = now;
    }
}
