package org.agora.people.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.agora.images.ImageFormat;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoCheckTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void pngAndJpegAreRecognisedFromTheirBytesAndDecoded() throws IOException {
        var png = PhotoCheck.check(image("png", 300, 200), LIMIT);
        assertThat(png.format()).isEqualTo(ImageFormat.PNG);
        assertThat(png.width()).isEqualTo(300);
        assertThat(png.height()).isEqualTo(200);
        assertThat(PhotoCheck.check(image("jpeg", 120, 160), LIMIT).format()).isEqualTo(ImageFormat.JPEG);
    }

    @Test
    void webpIsRecognisedBySignature() {
        byte[] riff = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageFormat.detect(riff)).contains(ImageFormat.WEBP);
        assertThatThrownBy(() -> PhotoCheck.check(riff, LIMIT)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void aTextFileNamedJpgIsNotAnImage() {
        byte[] text = "Dear colleagues, this is not a photo.jpg".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PhotoCheck.check(text, LIMIT)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a JPEG, PNG or WebP image");
    }

    @Test
    void aTruncatedImageIsRefusedWithAMessage() throws IOException {
        byte[] png = image("png", 100, 100);
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> PhotoCheck.check(cut, LIMIT)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void filesOverTheUploadLimitAreRefused() throws IOException {
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy(image("png", 10, 10), 0, big, 0, 8);
        assertThatThrownBy(() -> PhotoCheck.check(big, LIMIT)).hasMessageContaining("at most 5 MB");
    }

    @Test
    void picturesOverFortyMegapixelsAreRefusedFromTheirHeaderBeforeDecoding() throws IOException {
        // a tiny file that claims 10000 x 5000 pixels: refused without decoding 50 million pixels
        assertThatThrownBy(() -> PhotoCheck.check(pngHeader(10_000, 5_000), LIMIT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 40 megapixels");
    }

    @Test
    void theCentredSquareIsKeptInBothSizes(@TempDir Path dir) throws IOException {
        BufferedImage wide = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.GREEN);
        g.fillRect(100, 0, 100, 100);
        g.dispose();
        byte[] avatar = SquarePhoto.render(wide, 96);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(avatar));
        assertThat(back.getWidth()).isEqualTo(96);
        assertThat(back.getHeight()).isEqualTo(96);
        Color corner = new Color(back.getRGB(2, 2));
        assertThat(corner.getGreen()).isGreaterThan(200);
        assertThat(corner.getRed()).isLessThan(60);

        PhotoStore store = new PhotoStore(dir);
        String name = store.put(avatar);
        assertThat(name).matches("[0-9a-f]{64}\\.jpg").isEqualTo(store.put(avatar));
        assertThat(store.read(name)).hasValue(avatar);
        assertThat(store.read("../secret.jpg")).isEmpty();
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A PNG signature and header chunk, with the right checksum, claiming the given size. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(chunk.array()).putInt((int) crc.getValue())
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082).array();
    }
}
