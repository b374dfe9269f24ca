package org.agora.people.photos;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import org.agora.images.ImageDecoder;
import org.agora.images.ImageDecoder.RefusedImage;
import org.agora.images.ImageFormat;
import org.agora.validation.InvalidInputException;

/**
 * Decides whether uploaded bytes are a photo Agora accepts, and decodes it: JPEG, PNG or WebP by signature, at most
 * the upload limit and {@link #MAX_PIXELS} pixels, through the shared {@link ImageDecoder}.
 */
public final class PhotoCheck {

    public static final long MAX_PIXELS = ImageDecoder.MAX_PIXELS;
    static final String FIELD = "photo";
    private static final Set<ImageFormat> FORMATS = EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.WEBP);
    // a photo ends up at most 400 pixels wide: decoding every n-th pixel of a huge one saves memory
    private static final int DECODED_SIDE = 800;

    private PhotoCheck() {
    }

    /** A decoded upload and where it came from. */
    public record CheckedImage(BufferedImage image, ImageFormat format, int width, int height) {
    }

    /**
     * @param maxBytes the upload limit
     * @throws InvalidInputException with a message for the person if the bytes are not an acceptable image
     */
    public static CheckedImage check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(FIELD, "error.photo.missing");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(FIELD, "error.photo.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
        }
        try {
            ImageDecoder.Decoded d = ImageDecoder.decode(bytes, FORMATS, DECODED_SIDE);
            return new CheckedImage(d.image(), d.format(), d.width(), d.height());
        } catch (RefusedImage e) {
            throw switch (e.reason()) {
                case NOT_AN_ACCEPTED_FORMAT -> new InvalidInputException(FIELD, "error.photo.format");
                case TOO_MANY_PIXELS -> new InvalidInputException(FIELD, "error.photo.pixels", e.megapixels());
                case DAMAGED -> new InvalidInputException(FIELD, "error.image.damaged");
            };
        }
    }
}
