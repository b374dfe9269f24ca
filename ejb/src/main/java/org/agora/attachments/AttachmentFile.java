package org.agora.attachments;

/**
 * The bytes to send for an attachment or its thumbnail.
 *
 * @param inline true for an image recognised from its bytes, which the browser may show; false for a download
 */
public record AttachmentFile(String fileName, String contentType, String hash, boolean inline) {
}
