package org.agora.people.photos;

/**
 * A stored photo, ready to send.
 *
 * @param etag the content hash, which changes with the content
 */
public record PhotoFile(byte[] content, String contentType, String etag) {
}
