package org.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.OwnDeployment;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.agora.messaging.ConversationService;
import org.agora.people.AccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The page of a conversation with 100,000 messages: the messages are written straight into the database inside
 * Agora (JDBC batches of 1,000), then the page is opened over HTTP as its reader opens it, and {@code /health}
 * alongside. On a server of its own, since the shared one should not carry the rows. Run with
 * {@code ./mvnw verify -pl ear -am -Dagora.bench=true -Dit.test=ChatHistoryBenchIT}; the numbers go to
 * {@code target/chat-history-bench.txt}.
 */
@OwnDeployment
@EnabledIf("requested")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatHistoryBenchIT {

    private static final int MESSAGES = 100_000;
    private static final int BATCH = 1_000;
    /** Rounds of the page and /health before the measure, then measured. */
    private static final int WARM_UP = 50;
    private static final int ROUNDS = 100;
    private static final String PARTNER = "history-partner@agora.test";
    private static final Pattern EARLIER = Pattern.compile("load-earlier\" href=\"([^\"]+)\"");

    /**
     * @return on the test's side, whether the benchmark was asked for ({@code -Dagora.bench=true}); inside Agora, where
     *         the test's side already decided and the property is unknown, true
     */
    static boolean requested() {
        if (Boolean.getBoolean("agora.bench")) {
            return true;
        }
        try {
            InitialContext.doLookup("java:comp/UserTransaction");
            return true;
        } catch (NamingException | RuntimeException outsideAgora) {
            return false;
        }
    }

    @Deployment
    static EnterpriseArchive agora() {
        EnterpriseArchive ear = Agora.earRunning(ChatHistoryBenchIT.class);
        ear.getAsType(WebArchive.class, "agora-web.war").addPackage(AgoraClient.class.getPackage());
        return ear;
    }

    @Inject
    AccountService accounts;

    @Inject
    ConversationService conversations;

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @Test
    @Order(1)
    void aHundredThousandMessagesAreSeeded() throws Exception {
        if (accounts.needsFirstAdmin()) {
            accounts.createFirstAdmin(TestAccounts.ADMIN_NAME, TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        }
        long admin = accounts.byEmail(TestAccounts.ADMIN_EMAIL).orElseThrow().id();
        long partner = accounts.byEmail(PARTNER).orElseGet(() -> accounts.addPerson("History Partner", PARTNER,
                "Bench", "Tester")).id();
        long conversation = conversations.direct(admin, partner);
        Instant start = Instant.now().minusSeconds(MESSAGES);
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO chat_message (conversation_id, author_id, body, body_html, created_at)
                    VALUES (?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < MESSAGES; i++) {
                    insert.setLong(1, conversation);
                    insert.setLong(2, i % 2 == 0 ? admin : partner);
                    insert.setString(3, "Message number " + i + " about the **quarterly** plan");
                    insert.setString(4, "<p>Message number " + i + " about the <strong>quarterly</strong> plan</p>");
                    insert.setTimestamp(5, Timestamp.from(start.plusSeconds(i)));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            try (PreparedStatement last = c.prepareStatement("""
                    UPDATE chat_conversation SET last_message_id = (SELECT MAX(id) FROM chat_message
                    WHERE conversation_id = ?), last_message_at = ? WHERE id = ?""")) {
                last.setLong(1, conversation);
                last.setTimestamp(2, Timestamp.from(start.plusSeconds(MESSAGES)));
                last.setLong(3, conversation);
                last.executeUpdate();
            }
            c.commit();
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theConversationOpensQuickly() throws Exception {
        AgoraClient admin = TestAccounts.admin();
        // jsoup is not in the server, which loads the whole class: plain patterns instead
        Matcher conversation = Pattern.compile("(?s)data-id=\"(\\d+)\"(?:(?!</li>).)*History Partner")
                .matcher(admin.get("/messages").body());
        assertTrue(conversation.find());
        String page = "/messages/" + conversation.group(1);
        // a server that has run a while: its JIT compiled the page's code, as it has after an hour of use
        for (int i = 0; i < WARM_UP; i++) {
            admin.get(page);
            admin.get("/health");
        }
        List<Long> pages = new ArrayList<>();
        List<Long> earlier = new ArrayList<>();
        List<Long> health = new ArrayList<>();
        String older = null;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            Page shown = admin.get(page);
            pages.add(System.nanoTime() - t);
            assertEquals(200, shown.status());
            Matcher link = EARLIER.matcher(shown.body());
            assertTrue(link.find());
            older = link.group(1);
            t = System.nanoTime();
            assertEquals(200, admin.get(older).status());
            earlier.add(System.nanoTime() - t);
            t = System.nanoTime();
            assertEquals(200, admin.get("/health").status());
            health.add(System.nanoTime() - t);
        }
        Page shown = admin.get(page);
        assertEquals(50, Pattern.compile("id=\"message-\\d+\"").matcher(shown.body()).results().count());
        assertTrue(shown.body().contains("Message number 99999 about the"));
        Collections.sort(pages);
        Collections.sort(earlier);
        Collections.sort(health);
        List<String> lines = List.of(
                "conversation of " + MESSAGES + " messages, seeded in JDBC batches of " + BATCH,
                "newest page (50 messages, marks read): p50 %.1f ms, p95 %.1f ms".formatted(ms(pages, 50),
                        ms(pages, 95)),
                "an earlier page (%s): p50 %.1f ms, p95 %.1f ms".formatted(older, ms(earlier, 50), ms(earlier, 95)),
                "/health: p50 %.1f ms, p95 %.1f ms".formatted(ms(health, 50), ms(health, 95)),
                "ratio page p50 / health p50: %.1f".formatted(ms(pages, 50) / ms(health, 50)));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "chat-history-bench.txt"), lines);
    }

    private static double ms(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1)) / 1e6;
    }
}
