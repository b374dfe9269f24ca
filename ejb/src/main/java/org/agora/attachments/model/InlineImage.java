package org.agora.attachments.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.agora.files.StoredFile;

/**
 * An image pasted or dropped into a text while it is written, linked from the text's Markdown by an unguessable key.
 * It belongs to the conversation or the space the text is written in (or to neither, in the company's feed): only that
 * conversation's or space's readers and the person who uploaded it may see it.
 */
@Entity
@Table(name = "inline_image")
public class InlineImage {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "image_key", nullable = false, unique = true)
    private String key;

    @Column(name = "uploader_id", nullable = false)
    private Long uploaderId;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Embedded
    private StoredFile file;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InlineImage() {
    }

    /**
     * @param checked an upload recognised as an image from its bytes
     * @param place the conversation or the space the text is written in
     */
    public InlineImage(long uploaderId, Place place, CheckedUpload checked, String fileHash, long size, Instant now) {
        if (!checked.image()) {
            throw new IllegalArgumentException("only images are shown inside a text");
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        this.key = HexFormat.of().formatHex(random);
        this.uploaderId = uploaderId;
        this.spaceId = place.spaceId();
        this.conversationId = place.conversationId();
        this.file = new StoredFile(checked.fileName(), checked.contentType(), size, fileHash);
        this.createdAt = now;
    }

    /** @return true if the person uploaded the image, and so may always see it */
    public boolean uploadedBy(long personId) {
        return uploaderId == personId;
    }

    public String getKey() {
        return key;
    }

    /** @return where the image was written, whose readers may see it */
    public Place place() {
        return new Place(spaceId, conversationId);
    }

    /**
     * Where a text is written: a conversation (whose own rule covers a space's channel), a space, or neither (the
     * company's feed, seen by everyone signed in).
     */
    public record Place(Long spaceId, Long conversationId) {

        public static final Place COMPANY = new Place(null, null);

        public Place {
            if (spaceId != null && conversationId != null) {
                throw new IllegalArgumentException("a text is written in a space or in a conversation, not both");
            }
        }
    }

    public StoredFile getFile() {
        return file;
    }
}
