package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Administrators choose how long messages are kept (forever by default); messages older than the period are deleted
 * with their files and their search entries, newer ones stay, and the conversation goes on.
 */
@AgoraTest
@ResourceLock(SharedState.MESSAGES)
class ChatRetentionIT {

    private static final Pattern MESSAGE = Pattern.compile("#message-(\\d+)$");

    private static Page setRetention(AgoraClient admin, String amount, String unit) {
        admin.get("/admin/settings");
        return admin.post("/admin/settings/retention", Map.of("amount", amount, "unit", unit));
    }

    @Test
    void messagesOlderThanTheRetentionPeriodGoWithTheirFiles() throws InterruptedException {
        String id = Agora.unique("retain");
        AgoraClient admin = TestAccounts.admin();
        AgoraClient ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        long conversation = Chats.direct(ada, "bob." + id);
        String oldWord = Agora.unique("bygone");
        ada.get("/messages/" + conversation);
        Page sent = ada.postFiles("/messages/" + conversation + "/compose", Map.of("_csrf", ada.csrf(),
                "text", "Old news " + oldWord), List.of(new FilePart("files", "old.txt", "text/plain",
                "old".getBytes(StandardCharsets.UTF_8))));
        Matcher m = MESSAGE.matcher(sent.location());
        assertThat(m.find()).as(sent.toString()).isTrue();
        long old = Long.parseLong(m.group(1));
        String file = Forms.html(ada.get("/messages/" + conversation)).selectFirst("#message-" + old
                + " .attachment-file a").attr("href");
        assertThat(ada.get("/search?q=" + oldWord).body()).contains("1 result");

        assertThat(Forms.html(admin.get("/admin/settings")).selectFirst(".retention-now").text())
                .isEqualTo("Messages and their files are kept forever.");
        Page refused = setRetention(admin, "ten", "DAYS");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Forms.html(refused).selectFirst(".retention-error").text()).contains("whole number");
        assertThat(setRetention(admin, "1", "WEEKS").status()).isEqualTo(400);
        ada.get("/messages");
        assertThat(ada.post("/admin/settings/retention", Map.of("amount", "1", "unit", "DAYS")).status())
                .as("not an administrator").isEqualTo(403);

        try {
            assertThat(setRetention(admin, "1", "MINUTES").status()).isEqualTo(303);
            Document settings = Forms.html(admin.get("/admin/settings"));
            assertThat(settings.selectFirst(".retention-now").text())
                    .isEqualTo("Messages and their files are deleted one minute after they were sent.");
            // the first message passes the period; the next one is new
            Thread.sleep(62_000);
            long recent = Chats.say(ada, conversation, "Fresh news " + id);
            admin.get("/admin/settings");
            Page applied = admin.post("/admin/settings/retention/apply", Map.of());
            assertThat(applied.status()).isEqualTo(303);

            Document page = Forms.html(ada.get("/messages/" + conversation));
            assertThat(page.select("#message-" + old)).as("deleted").isEmpty();
            assertThat(page.select("#message-" + recent + " .message-text").text()).isEqualTo("Fresh news " + id);
            assertThat(ada.download(file).statusCode()).as("its file too").isEqualTo(404);
            assertThat(ada.get("/search?q=" + oldWord).body()).as("and its search entry").contains("Nothing matches");
        } finally {
            assertThat(setRetention(admin, "", "DAYS").status()).isEqualTo(303);
        }
        assertThat(Forms.html(admin.get("/admin/settings")).selectFirst(".retention-now").text())
                .isEqualTo("Messages and their files are kept forever.");
    }
}
