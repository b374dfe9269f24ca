package org.agora.reactions.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's reaction to one post or comment. A person has at most one per item (a unique index guards it):
 * choosing another kind replaces it, choosing the same kind again takes it back.
 */
@Entity
@Table(name = "reaction")
public class Reaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private ReactionTarget target;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReactionKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reaction() {
    }

    public Reaction(ReactionTarget target, long targetId, long personId, ReactionKind kind, Instant now) {
        this.target = Objects.requireNonNull(target);
        this.targetId = targetId;
        this.personId = personId;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
    }

    /**
     * Applies the person's new choice: the same kind again takes it back.
     *
     * @return true if the reaction stays (with the chosen kind), false if the choice takes it back
     */
    public boolean choose(ReactionKind chosen, Instant now) {
        return choose(chosen, kind != chosen, now);
    }

    /**
     * Applies the person's choice of a kind ({@code wanted}) or their taking it back (not {@code wanted}); taking
     * back a kind that is not theirs changes nothing.
     *
     * @return true if the reaction stays, false if it is taken back
     */
    public boolean choose(ReactionKind chosen, boolean wanted, Instant now) {
        Objects.requireNonNull(chosen);
        if (!wanted) {
            return kind != chosen;
        }
        if (kind != chosen) {
            kind = chosen;
            createdAt = now;
        }
        return true;
    }

    public ReactionTarget getTarget() {
        return target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Long getPersonId() {
        return personId;
    }

    public ReactionKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
