package org.agora.notify.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A post, a space or a conversation a person no longer wants notifications about. */
@Entity
@Table(name = "notification_mute")
@IdClass(Mute.Key.class)
public class Mute {

    /** What can be muted. */
    public enum Target {
        POST,
        SPACE,
        /** a conversation of the instant messaging, muted through {@code org.agora.messaging} (the column holds 10) */
        CHAT
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private Target target;

    @Id
    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Mute() {
    }

    public Mute(long personId, Target target, long targetId, Instant now) {
        this.personId = personId;
        this.target = Objects.requireNonNull(target);
        this.targetId = targetId;
        this.createdAt = now;
    }

    /** The primary key of a mute. */
    public static class Key implements Serializable {
        private Long personId;
        private Target target;
        private Long targetId;

        public Key() {
        }

        public Key(long personId, Target target, long targetId) {
            this.personId = personId;
            this.target = target;
            this.targetId = targetId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && target == k.target
                    && Objects.equals(targetId, k.targetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, target, targetId);
        }
    }
}
