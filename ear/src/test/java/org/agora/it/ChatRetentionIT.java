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
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.agora.it.support.WaitingAgoraTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Administrators choose how long messages are kept (forever by default); messages older than the period are deleted
 * with their files and their search entries, newer ones stay, and the conversation goes on.
 */
@WaitingAgoraTest
class ChatRetentionIT {

    private static final Pattern MESSAGE = Pattern.compile("#message-(\\d+)$");

    private static String id;
    private static AgoraClient admin;
    private static AgoraClient ada;
    private static long conversation;
    private static long old;
    private static String file;
    private static String oldWord;

    /**
     * A conversation whose first message, with a file, is more than a minute old. The class waits for it without a
     * lock: only the test that sets a period deletes everyone's older messages, for the few seconds it takes.
     */
    @BeforeAll
    static void aMessageOlderThanAMinute() throws InterruptedException {
        id = Agora.unique("retain");
        admin = TestAccounts.admin();
        ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        conversation = Chats.direct(ada, "bob." + id);
        oldWord = Agora.unique("bygone");
        ada.get("/messages/" + conversation);
        Page sent = ada.postFiles("/messages/" + conversation + "/compose", Map.of("_csrf", ada.csrf(),
                "text", "Old news " + oldWord), List.of(new FilePart("files", "old.txt", "text/plain",
                "old".getBytes(StandardCharsets.UTF_8))));
        Matcher m = MESSAGE.matcher(sent.location());
        assertThat(m.find()).as(sent.toString()).isTrue();
        old = Long.parseLong(m.group(1));
        file = Forms.html(ada.get("/messages/" + conversation)).selectFirst("#message-" + old
                + " .attachment-file a").attr("href");
        assertThat(ada.get("/search?q=" + oldWord).body()).contains("1 result");
        Thread.sleep(62_000);
    }

    private static Page setRetention(AgoraClient admin, String amount, String unit) {
        admin.get("/admin/settings");
        return admin.post("/admin/settings/retention", Map.of("amount", amount, "unit", unit));
    }

    @Test
    void onlyAdministratorsSetAPeriodAndOnlyAWholeNumberOfDaysWeeksOrMonths() {
        Page refused = setRetention(admin, "ten", "DAYS");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Forms.html(refused).selectFirst(".retention-error").text()).contains("whole number");
        assertThat(setRetention(admin, "1", "WEEKS").status()).isEqualTo(400);
        ada.get("/messages");
        assertThat(ada.post("/admin/settings/retention", Map.of("amount", "1", "unit", "DAYS")).status())
                .as("not an administrator").isEqualTo(403);
    }

    @Test
    @ResourceLock(SharedState.MESSAGES)
    void messagesOlderThanTheRetentionPeriodGoWithTheirFiles() {
        assertThat(Forms.html(admin.get("/admin/settings")).selectFirst(".retention-now").text())
                .isEqualTo("Messages and their files are kept forever.");
        long recent = Chats.say(ada, conversation, "Fresh news " + id);
        try {
            assertThat(setRetention(admin, "1", "MINUTES").status()).isEqualTo(303);
            Document settings = Forms.html(admin.get("/admin/settings"));
            assertThat(settings.selectFirst(".retention-now").text())
                    .isEqualTo("Messages and their files are deleted one minute after they were sent.");
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
