package org.agora.feed.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.content.References;

/** The text a post had before an edit, kept for moderators. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String body;

    @Column(name = "edited_by", nullable = false)
    private long editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected PostRevision() {
    }

    PostRevision(long postId, String body, long editedBy, Instant editedAt) {
        this.postId = postId;
        this.body = body;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    /** Turns mentions of an erased person's handle into text that names nobody. */
    public void unmention(String handle, String replacement) {
        body = References.replaceMention(body, handle, replacement);
    }

    public String getBody() {
        return body;
    }

    public long getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
