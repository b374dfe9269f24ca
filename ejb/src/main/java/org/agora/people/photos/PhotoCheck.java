package org.agora.people.photos;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.agora.validation.InvalidInputException;

/**
 * Decides whether uploaded bytes are a photo Agora accepts, and decodes it: JPEG, PNG or WebP by signature, at most
 * {@link #MAX_BYTES} bytes and {@link #MAX_PIXELS} pixels. The size is read from the header before decoding, so that a
 * small file that claims a huge picture is refused without filling the memory.
 */
public final class PhotoCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    static final String FIELD = "photo";
    private static final int DECODED_SIDE = 800;

    private PhotoCheck() {
    }

    /** A decoded upload and where it came from. */
    public record CheckedImage(BufferedImage image, ImageFormat format, int width, int height) {
    }

    /**
     * @throws InvalidInputException with a message for the person if the bytes are not an acceptable image
     */
    public static CheckedImage check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(FIELD, "Choose a photo to upload.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "A photo has at most 5 MB; this file is larger.");
        }
        ImageFormat format = ImageFormat.detect(bytes).orElseThrow(() -> new InvalidInputException(FIELD,
                "This file is not a JPEG, PNG or WebP image. Choose a photo in one of these formats."));
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw unreadable();
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new InvalidInputException(FIELD, "A photo has at most 40 megapixels; this one has "
                        + (long) width * height / 1_000_000 + ".");
            }
            // a photo ends up at most 400 pixels wide: decoding every n-th pixel of a huge one saves memory
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.min(width, height) / DECODED_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw unreadable();
            }
            return new CheckedImage(image, format, width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            // created directly: an application server's class loaders hide the plugin from ImageIO's registry
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new IllegalStateException("the WebP reader cannot start", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK has no " + format + " reader");
        }
        return readers.next();
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException(FIELD, "This image is damaged or incomplete and cannot be read.");
    }
}
