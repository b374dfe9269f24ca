package org.agora.attachments;

import java.io.InputStream;

/**
 * A file as the browser sent it; nothing in it is trusted.
 *
 * @param declaredType the media type the browser claims, or null
 */
public record Upload(String fileName, String declaredType, InputStream content) {
}
