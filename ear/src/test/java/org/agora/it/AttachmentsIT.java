package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraClient.FilePart;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files and images attached to posts: thumbnails, downloads that check the reader, bad uploads, deletion. */
@AgoraTest
class AttachmentsIT {

    private static final Pattern THUMBNAIL = Pattern.compile("src=\"(/posts/\\d+/attachments/\\d+)/thumbnail\"");

    private String id;
    private AgoraClient owner;
    private String space;

    @BeforeEach
    void privateSpace() {
        id = Agora.unique("a");
        owner = TestAccounts.member("Ada Attach", "ada-" + id + "@agora.test");
        owner.get("/spaces");
        space = Spaces.create(owner, "Design " + id, "PRIVATE");
    }

    private Page publish(AgoraClient client, String path, String text, FilePart... files) {
        client.get(path.equals("/posts") ? "/" : path.replace("/posts", ""));
        return client.postFiles(path, Map.of("_csrf", client.csrf(), "text", text), List.of(files));
    }

    private static String link(String body, String fileName) {
        Matcher m = Pattern.compile("href=\"(/posts/\\d+/attachments/\\d+)\" download>" + Pattern.quote(fileName))
                .matcher(body);
        assertThat(m.find()).as("link to " + fileName).isTrue();
        return m.group(1);
    }

    @Test
    void imagesShowAsThumbnailsAndFilesAsDownloads() throws IOException {
        Page posted = publish(owner, space + "/posts", "Mock-ups é ✓ " + id,
                new FilePart("files", "mockup.png", "image/png", png(900, 600)),
                new FilePart("files", "brief.pdf", "application/pdf", "%PDF-1.4 brief".getBytes(StandardCharsets.UTF_8)),
                new FilePart("files", "page.html", "text/html",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        String body = owner.get(space).body();
        assertThat(body).contains("Mock-ups é ✓ " + id).contains("alt=\"mockup.png\"");
        Matcher thumb = THUMBNAIL.matcher(body);
        assertThat(thumb.find()).isTrue();
        String image = thumb.group(1);

        HttpResponse<byte[]> small = owner.download(image + "/thumbnail");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small.body()));
        assertThat(decoded.getWidth()).isEqualTo(480);
        assertThat(decoded.getHeight()).isEqualTo(320);

        HttpResponse<byte[]> full = owner.download(image);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(full.body()).isEqualTo(png(900, 600));

        HttpResponse<byte[]> html = owner.download(link(body, "page.html"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("page.html");
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).isEqualTo("<script>alert(1)</script>");
        assertThat(owner.download(link(body, "brief.pdf")).body()).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(body).contains("brief.pdf").containsPattern("brief\\.pdf</a>\\s*<span[^>]*>1 KB</span>");
    }

    @Test
    void aCopiedLinkGives404OutsideThePrivateSpaceAndNothingAfterTheDeletion() throws IOException {
        publish(owner, space + "/posts", "Secret plan " + id,
                new FilePart("files", "plan.png", "image/png", png(40, 40)),
                new FilePart("files", "plan.txt", "text/plain", "the plan".getBytes(StandardCharsets.UTF_8)));
        String body = owner.get(space).body();
        Matcher thumb = THUMBNAIL.matcher(body);
        assertThat(thumb.find()).isTrue();
        String image = thumb.group(1);
        String text = link(body, "plan.txt");

        AgoraClient outsider = TestAccounts.member("Oscar Outside", "oscar-" + id + "@agora.test");
        for (String url : List.of(image, image + "/thumbnail", text)) {
            HttpResponse<byte[]> refused = outsider.download(url);
            assertThat(refused.statusCode()).as(url).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("the plan");
        }
        assertThat(outsider.get(space).body()).doesNotContain("plan.txt");
        String other = text.replaceAll("/posts/\\d+/", "/posts/1/");
        assertThat(owner.download(other).statusCode()).as("an attachment under another post").isEqualTo(404);

        String post = image.replaceAll("/attachments/.*", "");
        owner.get(post);
        assertThat(owner.post(post + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(owner.download(image).statusCode()).isEqualTo(404);
        assertThat(owner.download(text).statusCode()).isEqualTo(404);
    }

    @Test
    void badUploadsAreRefusedWithTheTextKeptAndNothingStored() throws IOException {
        String word = Agora.unique("fake");
        Page fake = publish(owner, space + "/posts", "Look " + word,
                new FilePart("files", "cat.jpg", "image/jpeg", "<html>not a cat</html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.body()).contains("is not a JPEG, PNG, WebP or GIF image").contains("Look " + word);

        Page big = publish(owner, space + "/posts", "Big " + word,
                new FilePart("files", "big.bin", "application/octet-stream", new byte[1024 * 1024 + 10]));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.body()).contains("“big.bin” is larger than the limit of 1 MB").contains("Big " + word);

        byte[] png = png(20, 20);
        Page cut = publish(owner, space + "/posts", "Cut " + word,
                new FilePart("files", "ok.png", "image/png", png),
                new FilePart("files", "cut.png", "image/png", java.util.Arrays.copyOf(png, 40)));
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.body()).contains("“cut.png” is damaged");

        Page forged = owner.postFiles(space + "/posts", Map.of("_csrf", "wrong", "text", "forged " + word),
                List.of(new FilePart("files", "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8))));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(owner.get(space).body()).doesNotContain(word).doesNotContain("big.bin").doesNotContain("cut.png");

        AgoraClient french = TestAccounts.member("Fanny Français", "fanny-" + id + "@agora.test").acceptLanguage("fr");
        Page refused = publish(french, "/posts", "Regardez " + word,
                new FilePart("files", "chat.gif", "image/gif", "GIF? non".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("« chat.gif » n&#39;est pas une image JPEG, PNG, WebP ou GIF");
    }

    @Test
    void scriptsInFileNamesStayText() throws IOException {
        String name = "<img src=x onerror=alert(1)>.txt";
        Page posted = publish(owner, space + "/posts", "Names " + id,
                new FilePart("files", name, "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        assertThat(posted.status()).isEqualTo(303);
        String body = owner.get(space).body();
        assertThat(body).contains("&lt;img src=x onerror=alert(1)&gt;.txt").doesNotContain("<img src=x");
    }

    @Test
    void theCompanyFeedTakesAttachmentsToo() throws IOException {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("company");
        Page posted = publish(admin, "/posts", "Company picture " + word,
                new FilePart("files", "team.gif", "image/gif", gif()));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        String body = owner.get("/").body();
        assertThat(body).contains("Company picture " + word).contains("alt=\"team.gif\"");
        Matcher thumb = THUMBNAIL.matcher(body.substring(body.indexOf("Company picture " + word)));
        assertThat(thumb.find()).isTrue();
        assertThat(owner.download(thumb.group(1)).headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(owner.download(thumb.group(1)).headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline;");
    }

    private static byte[] png(int width, int height) {
        return SampleFiles.image("png", width, height);
    }

    private static byte[] gif() {
        return SampleFiles.image("gif", 30, 30);
    }
}
