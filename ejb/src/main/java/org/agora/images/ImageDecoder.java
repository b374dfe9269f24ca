package org.agora.images;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes uploaded bytes into a picture, trusting only the bytes: the format by signature, the size read from the
 * header before decoding, so that a small file that claims a huge picture is refused without filling the memory, and
 * a large picture decoded at a reduced resolution fit for the sizes Agora shows.
 */
public final class ImageDecoder {

    /** The largest picture Agora decodes. */
    public static final long MAX_PIXELS = 40_000_000L;

    private ImageDecoder() {
    }

    /** A decoded picture: at a reduced resolution, and the size and format of the original. */
    public record Decoded(BufferedImage image, ImageFormat format, int width, int height) {
    }

    /** Why bytes are not a picture Agora accepts; callers word it for the person. */
    public static final class RefusedImage extends Exception {

        /** What is wrong with the bytes. */
        public enum Reason { NOT_AN_ACCEPTED_FORMAT, TOO_MANY_PIXELS, DAMAGED }

        private final Reason reason;
        private final long megapixels;

        RefusedImage(Reason reason, long megapixels) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.megapixels = megapixels;
        }

        public Reason reason() {
            return reason;
        }

        /** @return the size the picture claims, in millions of pixels, for {@link Reason#TOO_MANY_PIXELS} */
        public long megapixels() {
            return megapixels;
        }
    }

    /**
     * @param accepted the formats the caller takes
     * @param side     the smallest side the caller needs; a larger picture is decoded with every n-th pixel only
     * @throws RefusedImage if the bytes are not a readable picture in one of the formats within the limits
     */
    public static Decoded decode(byte[] bytes, Set<ImageFormat> accepted, int side) throws RefusedImage {
        ImageFormat format = ImageFormat.detect(bytes).filter(accepted::contains)
                .orElseThrow(() -> new RefusedImage(RefusedImage.Reason.NOT_AN_ACCEPTED_FORMAT, 0));
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw damaged();
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new RefusedImage(RefusedImage.Reason.TOO_MANY_PIXELS, (long) width * height / 1_000_000);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.min(width, height) / side);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw damaged();
            }
            return new Decoded(image, format, width, height);
        } catch (IOException | RuntimeException e) {
            throw damaged();
        } finally {
            reader.dispose();
        }
    }

    private static RefusedImage damaged() {
        return new RefusedImage(RefusedImage.Reason.DAMAGED, 0);
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
}
