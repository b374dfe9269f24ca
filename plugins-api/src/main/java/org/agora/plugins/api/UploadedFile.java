package org.agora.plugins.api;

import java.util.Objects;

/**
 * A file sent with a {@code multipart/form-data} form to a plugin page.
 *
 * @param field       the form field's name
 * @param fileName    the name of the file on the sender's machine, without folders
 * @param contentType the type the browser declared, such as {@code image/png}; not checked by the host
 * @param content     the bytes, at most the host's upload limit
 * @since 1.1.0
 */
public record UploadedFile(String field, String fileName, String contentType, byte[] content) {

    public UploadedFile {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    /** @return a copy of the bytes */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** @return the size in bytes */
    public int size() {
        return content.length;
    }
}
