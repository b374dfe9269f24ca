package org.agora.people.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Crops a picture to its centred square and scales it to a size, as JPEG bytes. */
public final class SquarePhoto {

    /** The sizes Agora keeps: the small round avatar and the picture of the profile page. */
    public enum Size {
        AVATAR(96),
        PROFILE(400);

        private final int pixels;

        Size(int pixels) {
            this.pixels = pixels;
        }

        public int pixels() {
            return pixels;
        }

        /** @return the size named in a URL, the avatar if none or unknown */
        public static Size parse(String name) {
            return "profile".equalsIgnoreCase(name) ? PROFILE : AVATAR;
        }
    }

    private SquarePhoto() {
    }

    /** @return the centred square of the image scaled to {@code size} pixels, as JPEG (transparency on white) */
    public static byte[] render(BufferedImage source, int size) {
        int side = Math.min(source.getWidth(), source.getHeight());
        int x = (source.getWidth() - side) / 2;
        int y = (source.getHeight() - side) / 2;
        BufferedImage square = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.drawImage(source, 0, 0, size, size, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(square, "jpeg", out)) {
                throw new IllegalStateException("the JDK has no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
