package org.agora.attachments.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agora.images.ImageFormat;
import org.agora.validation.InvalidInputException;

/**
 * What an uploaded attachment is, decided from its bytes: an image in a format Agora shows (JPEG, PNG, WebP, GIF),
 * or a file that is only ever downloaded. A file that claims to be such an image, by its name or its declared type,
 * but is not one is refused, so that nobody is fooled by a broken picture. Every other file is accepted and sent
 * as {@code application/octet-stream} with {@code Content-Disposition: attachment}: HTML, SVG or programs are never
 * opened by the browser from Agora's origin.
 *
 * @param fileName    the name to show and download under, cleaned of paths and control characters
 * @param contentType the type the bytes are sent with
 * @param format      the image format, if the bytes are an image
 */
public record CheckedUpload(String fileName, String contentType, Optional<ImageFormat> format) {

    public static final int MAX_NAME = 200;
    public static final int MAX_PER_POST = 10;
    public static final String DOWNLOAD_TYPE = "application/octet-stream";
    static final String FIELD = "files";
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "webp", "gif");
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/pjpeg", "image/png", "image/webp",
            "image/gif");

    /** @return true if the upload is an image shown with a thumbnail */
    public boolean image() {
        return format.isPresent();
    }

    /**
     * @param fileName     the name the browser sent
     * @param declaredType the type the browser sent, never trusted
     * @param head         the first bytes of the content, enough for a signature
     * @throws InvalidInputException if the upload claims to be an image but its bytes are not one
     */
    public static CheckedUpload of(String fileName, String declaredType, byte[] head) {
        String name = cleanName(fileName);
        Optional<ImageFormat> format = ImageFormat.detect(head);
        if (format.isPresent()) {
            return new CheckedUpload(name, format.get().mediaType(), format);
        }
        String type = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (IMAGE_EXTENSIONS.contains(extension(name)) || IMAGE_TYPES.contains(type)) {
            throw new InvalidInputException(FIELD, "error.attachment.fakeImage", name);
        }
        return new CheckedUpload(name, DOWNLOAD_TYPE, Optional.empty());
    }

    /**
     * @throws InvalidInputException if a post would carry more than {@link #MAX_PER_POST} attachments
     */
    public static void checkCount(int count) {
        if (count > MAX_PER_POST) {
            throw new InvalidInputException(FIELD, "error.attachment.tooMany", MAX_PER_POST);
        }
    }

    /** @return the last path part of a name as a browser sent it, without control characters, or "file" */
    public static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E]", "")
                .strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "file";
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
