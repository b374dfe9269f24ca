package org.agora.people.photos;

import java.awt.image.BufferedImage;
import org.agora.images.Jpeg;

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
        return Jpeg.square(source, size);
    }
}
