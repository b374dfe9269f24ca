package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraClient.FilePart;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files and images attached to posts: thumbnails, downloads that check the reader, bad uploads, deletion. */
@AgoraTest
class AttachmentsIT {


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

    /** @return the download link of the attached file of that name, as the card lists it */
    private static Element file(Page page, String fileName) {
        Element link = page.select("li.attachment-file a[download]").stream()
                .filter(a -> a.text().equals(fileName)).findFirst().orElse(null);
        assertThat(link).as("link to " + fileName + " in " + page).isNotNull();
        assertThat(link.attr("href")).matches("/posts/\\d+/attachments/\\d+");
        return link;
    }

    /** @return the address of the attached image that the card of the post with that text shows as a thumbnail */
    private static String image(Page page, String postText, String fileName) {
        Element card = page.select("article.post").stream().filter(p -> p.text().contains(postText)).findFirst()
                .orElseThrow(() -> new AssertionError(postText + " in " + page));
        Element link = card.selectFirst("a.attachment-image:has(img[alt=" + fileName + "])");
        assertThat(link).as("thumbnail of " + fileName).isNotNull();
        assertThat(link.selectFirst("img").attr("src")).isEqualTo(link.attr("href") + "/thumbnail");
        assertThat(link.attr("href")).matches("/posts/\\d+/attachments/\\d+");
        return link.attr("href");
    }

    @Test
    void imagesShowAsThumbnailsAndFilesAsDownloads() throws IOException {
        Page posted = publish(owner, space + "/posts", "Mock-ups é ✓ " + id,
                new FilePart("files", "mockup.png", "image/png", png(900, 600)),
                new FilePart("files", "brief.pdf", "application/pdf", "%PDF-1.4 brief".getBytes(StandardCharsets.UTF_8)),
                new FilePart("files", "page.html", "text/html",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        Page page = owner.get(space).titled("Design " + id);
        String image = image(page, "Mock-ups é ✓ " + id, "mockup.png");

        HttpResponse<byte[]> small = owner.download(image + "/thumbnail");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small.body()));
        assertThat(decoded.getWidth()).isEqualTo(480);
        assertThat(decoded.getHeight()).isEqualTo(320);

        HttpResponse<byte[]> full = owner.download(image);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(full.body()).isEqualTo(png(900, 600));

        HttpResponse<byte[]> html = owner.download(file(page, "page.html").attr("href"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("page.html");
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).isEqualTo("<script>alert(1)</script>");
        Element brief = file(page, "brief.pdf");
        assertThat(owner.download(brief.attr("href")).body()).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(brief.nextElementSibling().text()).as("its size").isEqualTo("1 KB");
    }

    @Test
    void aCopiedLinkGives404OutsideThePrivateSpaceAndNothingAfterTheDeletion() throws IOException {
        byte[] plan = ("the plan " + id).getBytes(StandardCharsets.UTF_8);
        assertThat(publish(owner, space + "/posts", "Secret plan " + id,
                new FilePart("files", "plan.png", "image/png", png(40, 40)),
                new FilePart("files", "plan.txt", "text/plain", plan)).status())
                .isEqualTo(303);
        Path stored = Agora.storedFile(plan);
        assertThat(stored).as("the upload kept on the server's disk").exists();
        Page page = owner.get(space).titled("Design " + id);
        String image = image(page, "Secret plan " + id, "plan.png");
        String text = file(page, "plan.txt").attr("href");

        AgoraClient outsider = TestAccounts.member("Oscar Outside", "oscar-" + id + "@agora.test");
        for (String url : List.of(image, image + "/thumbnail", text)) {
            HttpResponse<byte[]> refused = outsider.download(url);
            assertThat(refused.statusCode()).as(url).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("the plan");
        }
        Page closed = outsider.get(space).titled("Design " + id);
        assertThat(closed.select(".private-notice")).hasSize(1);
        assertThat(closed.body()).doesNotContain("plan.txt");
        String other = text.replaceAll("/posts/\\d+/", "/posts/1/");
        assertThat(owner.download(other).statusCode()).as("an attachment under another post").isEqualTo(404);

        String post = image.replaceAll("/attachments/.*", "");
        owner.get(post);
        assertThat(owner.post(post + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(owner.download(image).statusCode()).isEqualTo(404);
        assertThat(owner.download(text).statusCode()).isEqualTo(404);
        // nothing else uses these bytes: they leave the disk too, once the deletion is committed
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(stored));
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
        Page after = owner.get(space).titled("Design " + id);
        assertThat(after.select("form.composer")).hasSize(1);
        assertThat(after.body()).doesNotContain(word).doesNotContain("big.bin").doesNotContain("cut.png");

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
        Page page = owner.get(space).titled("Design " + id);
        assertThat(file(page, name).select("img")).as("the name is text").isEmpty();
        assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt;.txt").doesNotContain("<img src=x");
    }

    @Test
    void theCompanyFeedTakesAttachmentsToo() throws IOException {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("company");
        Page posted = publish(admin, "/posts", "Company picture " + word,
                new FilePart("files", "team.gif", "image/gif", gif()));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        String image = image(owner.get("/").titled("Feed"), "Company picture " + word, "team.gif");
        assertThat(owner.download(image).headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(owner.download(image).headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline;");
    }

    private static byte[] png(int width, int height) {
        return SampleFiles.image("png", width, height);
    }

    private static byte[] gif() {
        return SampleFiles.image("gif", 30, 30);
    }
}
