package org.agora.plugins.api.content;

import java.util.Objects;

/**
 * A file attached to a content item, kept by the host with the same checks as a post's attachments.
 *
 * @param id           the attachment's id
 * @param fileName     the file's name
 * @param size         its size in bytes
 * @param image        true for a JPEG, PNG, WebP or GIF image recognised from its bytes
 * @param url          the download address, absolute inside Agora; the host checks the reader's rights on it
 * @param thumbnailUrl an image's thumbnail address, or null for other files
 * @since 1.1.0
 */
public record ContentFile(long id, String fileName, long size, boolean image, String url, String thumbnailUrl) {

    public ContentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(url, "url");
    }
}
