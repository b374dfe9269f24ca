package org.agora.attachments.model;

import java.util.EnumSet;
import org.agora.images.ImageDecoder;
import org.agora.images.ImageDecoder.RefusedImage;
import org.agora.images.ImageFormat;
import org.agora.images.Jpeg;
import org.agora.validation.InvalidInputException;

/** The small picture a post card shows for an attached image: the whole image within {@link #SIDE} pixels. */
public final class Thumbnail {

    public static final int SIDE = 480;

    private Thumbnail() {
    }

    /**
     * @param fileName the image's name, for the message
     * @return the thumbnail as JPEG
     * @throws InvalidInputException if the image is damaged or too large to decode
     */
    public static byte[] of(byte[] image, String fileName) {
        try {
            return Jpeg.fit(ImageDecoder.decode(image, EnumSet.allOf(ImageFormat.class), SIDE).image(), SIDE);
        } catch (RefusedImage e) {
            throw switch (e.reason()) {
                case TOO_MANY_PIXELS -> new InvalidInputException(CheckedUpload.FIELD, "error.attachment.pixels",
                        fileName, e.megapixels());
                case NOT_AN_ACCEPTED_FORMAT, DAMAGED -> new InvalidInputException(CheckedUpload.FIELD,
                        "error.attachment.damaged", fileName);
            };
        }
    }
}
