package org.agora.spaces.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SpacePictureTest {

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @Test
    void theCoverKeepsItsShapeWithin1200PixelsAndTheIconIsASquare() throws IOException {
        BufferedImage wide = new BufferedImage(2400, 600, BufferedImage.TYPE_INT_RGB);
        BufferedImage cover = read(SpacePicture.COVER.render(wide));
        assertThat(cover.getWidth() + "x" + cover.getHeight()).isEqualTo("1200x300");
        BufferedImage icon = read(SpacePicture.ICON.render(wide));
        assertThat(icon.getWidth() + "x" + icon.getHeight()).isEqualTo("256x256");
    }

    @Test
    void picturesAreNamedInAddressesByTheirField() {
        assertThat(SpacePicture.parse("cover")).contains(SpacePicture.COVER);
        assertThat(SpacePicture.parse("icon")).contains(SpacePicture.ICON);
        assertThat(SpacePicture.parse("banner")).isEmpty();
    }
}
