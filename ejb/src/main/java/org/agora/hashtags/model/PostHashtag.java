package org.agora.hashtags.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A hashtag of a post, in lower case. */
@Entity
@Table(name = "post_hashtag")
@IdClass(PostHashtag.Key.class)
public class PostHashtag {

    /** The composite key: post and tag. */
    public static class Key implements Serializable {
        private Long postId;
        private String tag;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(postId, k.postId) && Objects.equals(tag, k.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, tag);
        }
    }

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    private String tag;

    // the post's, so that a hashtag's page finds what the reader may read without reading the posts
    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "plugin_id")
    private String pluginId;

    protected PostHashtag() {
    }

    /**
     * @param spaceId  the post's space, or null for a company-wide post
     * @param pluginId the module whose content item the post is, or null for a post
     */
    public PostHashtag(long postId, String tag, Long spaceId, String pluginId) {
        this.postId = postId;
        this.tag = Objects.requireNonNull(tag);
        this.spaceId = spaceId;
        this.pluginId = pluginId;
    }

    public Long getPostId() {
        return postId;
    }

    public String getTag() {
        return tag;
    }
}
