package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraClient.FilePart;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Privacy;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Files and images in messages, with the checks of a post's attachments: shown in the message (images inline),
 * downloaded only by the conversation's readers, gone with the message, in the author's export and erased with them.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatFilesIT {

    private static final Pattern MESSAGE = Pattern.compile("#message-(\\d+)$");
    private final String id = Agora.unique("chatfiles");

    private AgoraClient member(String first) {
        return TestAccounts.member(first + " " + id, first.toLowerCase() + "." + id + "@agora.test");
    }

    private static Page compose(AgoraClient me, long conversation, String text, FilePart... files) {
        me.get("/messages/" + conversation);
        return me.postFiles("/messages/" + conversation + "/compose", Map.of("_csrf", me.csrf(), "text", text),
                List.of(files));
    }

    private static long sent(Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(303);
        Matcher m = MESSAGE.matcher(page.location());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void filesAreSharedWithTheConversationsReadersOnlyAndGoWithTheMessage() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient outsider = member("Otto");
        long conversation = Chats.direct(ada, "bob." + id);
        byte[] png = SampleFiles.image("png", 900, 600);
        long message = sent(compose(ada, conversation, "The mock-ups " + id,
                new FilePart("files", "mockup.png", "image/png", png),
                new FilePart("files", "notes.txt", "text/plain", "the notes".getBytes(StandardCharsets.UTF_8))));

        Document page = Forms.html(bob.get("/messages/" + conversation));
        Element shown = page.selectFirst("#message-" + message);
        assertThat(shown.select(".message-text").text()).isEqualTo("The mock-ups " + id);
        Element img = shown.selectFirst(".attachment-image img");
        assertThat(img.attr("alt")).isEqualTo("mockup.png");
        String thumbnail = img.attr("src");
        assertThat(thumbnail).matches("/messages/files/\\d+/thumbnail");
        String image = shown.selectFirst("a.attachment-image").attr("href");
        String notes = shown.selectFirst(".attachment-file a").attr("href");
        assertThat(shown.selectFirst(".attachment-file a").text()).isEqualTo("notes.txt");

        HttpResponse<byte[]> full = bob.download(image);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(full.body()).isEqualTo(png);
        assertThat(bob.download(thumbnail).headers().firstValue("Content-Type")).hasValue("image/jpeg");
        HttpResponse<byte[]> text = bob.download(notes);
        assertThat(text.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).isEqualTo("the notes");
        assertThat(bob.download(notes + "/thumbnail").statusCode()).as("no thumbnail of a text").isEqualTo(404);

        for (AgoraClient stranger : List.of(outsider, TestAccounts.admin())) {
            for (String url : List.of(image, thumbnail, notes)) {
                HttpResponse<byte[]> refused = stranger.download(url);
                assertThat(refused.statusCode()).as(url).isEqualTo(404);
                assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("the notes");
            }
        }
        String postPath = notes.replace("/messages/files/", "/posts/1/attachments/");
        assertThat(ada.download(postPath).statusCode()).as("not a post's attachment").isEqualTo(404);

        long onlyFile = sent(compose(bob, conversation, "",
                new FilePart("files", "reply.txt", "text/plain", "ok".getBytes(StandardCharsets.UTF_8))));
        assertThat(Forms.html(ada.get("/messages/" + conversation)).select("#message-" + onlyFile
                + " .attachment-file a").text()).as("a file needs no text").isEqualTo("reply.txt");

        ada.get("/messages/" + conversation);
        assertThat(ada.post("/messages/" + conversation + "/messages/" + message + "/delete", Map.of()).status())
                .isEqualTo(303);
        for (String url : List.of(image, thumbnail, notes)) {
            assertThat(ada.download(url).statusCode()).as("deleted with the message: " + url).isEqualTo(404);
            assertThat(bob.download(url).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void badFilesAreRefusedWithTheTextKeptAndNothingStored() {
        AgoraClient ada = member("Ana");
        member("Ben");
        long conversation = Chats.direct(ada, "ben." + id);
        String word = Agora.unique("fake");
        Page fake = compose(ada, conversation, "Look " + word,
                new FilePart("files", "cat.jpg", "image/jpeg",
                        "<html>not a cat</html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(fake.status()).isEqualTo(400);
        Document refused = Forms.html(fake);
        assertThat(refused.selectFirst(".chat-error").text()).contains("is not a JPEG, PNG, WebP or GIF image");
        assertThat(refused.selectFirst("#chat-text").text()).isEqualTo("Look " + word);

        Page big = compose(ada, conversation, "Big " + word,
                new FilePart("files", "big.bin", "application/octet-stream", new byte[1024 * 1024 + 10]));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.body()).contains("“big.bin” is larger than the limit of 1 MB");

        FilePart[] eleven = new FilePart[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = new FilePart("files", "f" + i + ".txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(compose(ada, conversation, "Many " + word, eleven).status()).isEqualTo(400);
        assertThat(compose(ada, conversation, "").status()).as("neither text nor file").isEqualTo(400);

        Page forged = ada.postFiles("/messages/" + conversation + "/compose", Map.of("_csrf", "wrong", "text",
                "forged " + word), List.of(new FilePart("files", "a.txt", "text/plain", new byte[] {'a'})));
        assertThat(forged.status()).isEqualTo(403);
        AgoraClient outsider = member("Olaf");
        outsider.get("/messages");
        assertThat(outsider.postFiles("/messages/" + conversation + "/compose", Map.of("_csrf", outsider.csrf(),
                "text", "intrusion " + word), List.of()).status()).as("not a member").isEqualTo(404);
        Page thread = ada.get("/messages/" + conversation).ok();
        assertThat(thread.select("h1.conversation-title")).hasSize(1);
        assertThat(thread.select("form[action=/messages/" + conversation + "/compose]")).as("Ada may still write")
                .hasSize(1);
        assertThat(thread.body()).doesNotContain(word).doesNotContain("big.bin").doesNotContain("f0.txt");
    }

    @Test
    void filesAreInTheExportAndErasedWithTheirAuthor() {
        AgoraClient admin = TestAccounts.admin();
        AgoraClient cleo = member("Cleo");
        AgoraClient dan = member("Dan");
        long conversation = Chats.direct(cleo, "dan." + id);
        long message = sent(compose(dan, conversation, "My plan",
                new FilePart("files", "plan-" + id + ".txt", "text/plain", "secret".getBytes(StandardCharsets.UTF_8))));
        String file = Forms.html(cleo.get("/messages/" + conversation)).selectFirst("#message-" + message
                + " .attachment-file a").attr("href");
        assertThat(cleo.download(file).statusCode()).isEqualTo(200);
        long danId = Privacy.personId(admin, "dan." + id + "@agora.test");
        JsonObject export = admin.get("/admin/privacy-export/" + danId).ok().jsonObject();
        assertThat(export.getJsonObject("host").getJsonObject("messages").getJsonArray("files")
                .getValuesAs(JsonObject.class)).extracting(f -> f.getString("file_name"))
                .contains("plan-" + id + ".txt");

        Privacy.erase(admin, danId);
        assertThat(cleo.download(file).statusCode()).isEqualTo(404);
        Page thread = cleo.get("/messages/" + conversation).ok();
        assertThat(thread.text("h1.conversation-title")).isEqualTo("Former employee");
        assertThat(thread.select("#message-" + message)).as("the message stays, without its file").hasSize(1);
        assertThat(thread.select("#message-" + message + " .attachment-file")).isEmpty();
        assertThat(thread.body()).doesNotContain("plan-" + id);
    }
}
