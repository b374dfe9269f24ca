package org.agora.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An uploaded file as Agora describes it: the name it is shown and downloaded under, the type its bytes are sent
 * with, its size, and the content hash its bytes are kept under in the {@link FileStore}. Attachments, images in a
 * text and document versions each hold one, in the same columns.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "file_hash", nullable = false)
    private String hash;

    protected StoredFile() {
    }

    /** @param hash the content hash the {@link FileStore} keeps the bytes under */
    public StoredFile(String name, String contentType, long size, String hash) {
        this.name = Objects.requireNonNull(name);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.hash = Objects.requireNonNull(hash);
    }

    /** @return the name the file is shown and downloaded under */
    public String name() {
        return name;
    }

    /** @return the type the bytes are sent with */
    public String contentType() {
        return contentType;
    }

    /** @return the size in bytes */
    public long size() {
        return size;
    }

    /** @return the content hash the bytes are kept under */
    public String hash() {
        return hash;
    }
}
