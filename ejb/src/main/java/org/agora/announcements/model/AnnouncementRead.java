package org.agora.announcements.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A reader marked an announcement read; it leaves the top of their feed. */
@Entity
@Table(name = "announcement_read")
@IdClass(AnnouncementRead.Key.class)
public class AnnouncementRead {

    /** The composite key: announcement and reader. */
    public static class Key implements Serializable {
        private Long postId;
        private Long personId;

        public Key() {
        }

        public Key(long postId, long personId) {
            this.postId = postId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(postId, k.postId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, personId);
        }
    }

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected AnnouncementRead() {
    }

    public AnnouncementRead(long postId, long personId, Instant readAt) {
        this.postId = postId;
        this.personId = personId;
        this.readAt = readAt;
    }
}
