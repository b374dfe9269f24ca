package org.agora.attachments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.agora.images.ImageFormat;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class CheckedUploadTest {

    @Test
    void imagesAreRecognisedFromTheirBytesWhateverTheirName() throws IOException {
        CheckedUpload png = CheckedUpload.of("holiday.txt", "text/plain", image("png", 40, 30));
        assertThat(png.image()).isTrue();
        assertThat(png.format()).contains(ImageFormat.PNG);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(CheckedUpload.of("a.gif", "image/gif", image("gif", 10, 10)).contentType()).isEqualTo("image/gif");
        assertThat(CheckedUpload.of("a", null, image("jpeg", 10, 10)).format()).contains(ImageFormat.JPEG);
    }

    @Test
    void aFileThatClaimsToBeAnImageButIsNotIsRefused() {
        byte[] text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CheckedUpload.of("cat.PNG", "application/octet-stream", text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("“cat.PNG” is not a JPEG, PNG");
        assertThatThrownBy(() -> CheckedUpload.of("cat", "image/jpeg; charset=x", text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("error.attachment.fakeImage"));
    }

    @Test
    void dangerousFilesAreOnlyEverDownloads() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"page.html", "logo.svg", "setup.exe", "notes.pdf"}) {
            CheckedUpload file = CheckedUpload.of(name, "text/html", html);
            assertThat(file.image()).as(name).isFalse();
            assertThat(file.contentType()).as(name).isEqualTo("application/octet-stream");
        }
        assertThat(CheckedUpload.of("logo.svg", "image/svg+xml", html).image()).isFalse();
    }

    @Test
    void namesLoseTheirPathsAndControlCharacters() {
        assertThat(CheckedUpload.cleanName("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(CheckedUpload.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CheckedUpload.cleanName("evil\u202Egpj.exe")).isEqualTo("evilgpj.exe");
        assertThat(CheckedUpload.cleanName("a\r\nb.txt")).isEqualTo("ab.txt");
        assertThat(CheckedUpload.cleanName("..")).isEqualTo("file");
        assertThat(CheckedUpload.cleanName(null)).isEqualTo("file");
        assertThat(CheckedUpload.cleanName("x".repeat(300))).hasSize(CheckedUpload.MAX_NAME);
        // markup in a name is kept as text: views escape it
        assertThat(CheckedUpload.cleanName("<img src=x onerror=alert(1)>.txt")).startsWith("<img");
    }

    @Test
    void aPostCarriesAtMostTenFiles() {
        CheckedUpload.checkCount(CheckedUpload.MAX_PER_POST);
        assertThatThrownBy(() -> CheckedUpload.checkCount(CheckedUpload.MAX_PER_POST + 1))
                .isInstanceOf(InvalidInputException.class).hasMessage("A post carries at most 10 files.");
    }

    @Test
    void thumbnailsFitTheirSideAndKeepTheShape() throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Thumbnail.of(image("png", 1200, 600), "wide.png")));
        assertThat(back.getWidth()).isEqualTo(Thumbnail.SIDE);
        assertThat(back.getHeight()).isEqualTo(Thumbnail.SIDE / 2);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(Thumbnail.of(image("gif", 50, 20), "s.gif")));
        assertThat(small.getWidth()).as("never enlarged").isEqualTo(50);
    }

    @Test
    void aDamagedImageHasNoThumbnail() throws IOException {
        byte[] png = image("png", 200, 200);
        byte[] cut = Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> Thumbnail.of(cut, "cut.png")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("“cut.png” is damaged");
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
