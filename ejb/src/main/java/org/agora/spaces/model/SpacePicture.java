package org.agora.spaces.model;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;
import org.agora.images.Jpeg;

/** The pictures a space shows: a wide cover above its page, and a small square icon beside its name. */
public enum SpacePicture {
    /** Shown across the top of the space's page, at most 1,200 pixels on its longest side. */
    COVER,
    /** Shown beside the space's name on its page and in the list of spaces: the centred square, 256 pixels. */
    ICON;

    private static final int COVER_SIDE = 1200;
    private static final int ICON_SIDE = 256;

    /** @return the picture as Agora keeps it, JPEG */
    public byte[] render(BufferedImage source) {
        return this == COVER ? Jpeg.fit(source, COVER_SIDE) : Jpeg.square(source, ICON_SIDE);
    }

    /** @return the name in addresses and forms: "cover" or "icon" */
    public String field() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the picture named so in an address or a form */
    public static Optional<SpacePicture> parse(String name) {
        for (SpacePicture p : values()) {
            if (p.field().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
