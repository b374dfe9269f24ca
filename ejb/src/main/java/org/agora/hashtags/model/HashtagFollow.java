package org.agora.hashtags.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person following a hashtag: its posts come to their home feed. */
@Entity
@Table(name = "hashtag_follow")
@IdClass(HashtagFollow.Key.class)
public class HashtagFollow {

    /** The composite key: person and tag. */
    public static class Key implements Serializable {
        private Long personId;
        private String tag;

        public Key() {
        }

        public Key(long personId, String tag) {
            this.personId = personId;
            this.tag = tag;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(tag, k.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, tag);
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    private String tag;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HashtagFollow() {
    }

    public HashtagFollow(long personId, String tag, Instant now) {
        this.personId = personId;
        this.tag = Objects.requireNonNull(tag);
        this.createdAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTag() {
        return tag;
    }
}
