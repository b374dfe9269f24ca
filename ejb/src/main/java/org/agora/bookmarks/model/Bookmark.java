package org.agora.bookmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A post a person saved to read again; their "Saved" page lists them newest-saved first. */
@Entity
@Table(name = "bookmark")
@IdClass(Bookmark.Key.class)
public class Bookmark {

    /** The composite key: person and post. */
    public static class Key implements Serializable {
        private Long personId;
        private Long postId;

        public Key() {
        }

        public Key(long personId, long postId) {
            this.personId = personId;
            this.postId = postId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(postId, k.postId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, postId);
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Bookmark() {
    }

    public Bookmark(long personId, long postId, Instant now) {
        this.personId = personId;
        this.postId = postId;
        this.createdAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getPostId() {
        return postId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
