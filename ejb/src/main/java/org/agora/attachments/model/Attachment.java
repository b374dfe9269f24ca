package org.agora.attachments.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.files.StoredFile;

/**
 * A file or image attached to a post or to a chat message: its name as shown, the bytes in the file store by content
 * hash, and for an image its thumbnail. Only images recognised from their bytes are ever shown in the page;
 * everything else is a download.
 */
@Entity
@Table(name = "post_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "seq_no", nullable = false)
    private int position;

    @Embedded
    private StoredFile file;

    @Column(name = "thumb_hash")
    private String thumbHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    /**
     * @param checked   what the upload was found to be
     * @param thumbHash the stored thumbnail of an image, null for another file
     */
    public Attachment(long postId, int position, CheckedUpload checked, String fileHash, long size, String thumbHash,
                      Instant now) {
        if (checked.image() != (thumbHash != null)) {
            throw new IllegalArgumentException("an image has a thumbnail, another file none");
        }
        this.postId = postId;
        this.position = position;
        this.file = new StoredFile(checked.fileName(), checked.contentType(), size, fileHash);
        this.thumbHash = thumbHash;
        this.createdAt = now;
    }

    /** @return the same file attached to a chat message instead of a post */
    public static Attachment ofMessage(long messageId, int position, CheckedUpload checked, String fileHash, long size,
                                       String thumbHash, Instant now) {
        Attachment a = new Attachment(0, position, checked, fileHash, size, thumbHash, now);
        a.postId = null;
        a.messageId = messageId;
        return a;
    }

    /** @return true if the attachment is an image shown in the page, false for a file that is only downloaded */
    public boolean isImage() {
        return thumbHash != null;
    }

    public Long getId() {
        return id;
    }

    /** @return the post it is attached to, or null for a message's */
    public Long getPostId() {
        return postId;
    }

    /** @return the chat message it is attached to, or null for a post's */
    public Long getMessageId() {
        return messageId;
    }

    public int getPosition() {
        return position;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getThumbHash() {
        return thumbHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
