package org.agora.mentions.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person mentioned in a post. */
@Entity
@Table(name = "post_mention")
@IdClass(PostMention.Key.class)
public class PostMention {

    /** The composite key: post and person. */
    public static class Key implements Serializable {
        private Long postId;
        private Long personId;

        public Key() {
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

    protected PostMention() {
    }

    public PostMention(long postId, long personId) {
        this.postId = postId;
        this.personId = personId;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getPersonId() {
        return personId;
    }
}
