package org.agora.it;

import static org.agora.it.support.Posts.comment;
import static org.agora.it.support.Posts.postId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.SharedState;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Notification mails through a real SMTP server (GreenMail, in this JVM, where the test server sends): a mention at
 * once in the recipient's language with one-click unsubscribe headers, a digest that never repeats itself, the
 * unsubscribe link (and a forged one), and an SMTP server that is down for a while.
 */
@AgoraTest
@ResourceLock(SharedState.MAIL)
class MailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("agora.smtp.port", 19081), "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final Duration SOON = Duration.ofSeconds(40);

    private record Member(AgoraClient client, String name, String handle, String email) {
        static Member create(String first) {
            String handle = Agora.unique(first.toLowerCase());
            String email = handle + "@mail.test";
            return new Member(TestAccounts.member(first + " " + handle, email), first + " " + handle, handle, email);
        }
    }

    private static long publish(AgoraClient client, String text, String lastWord) {
        return Posts.publish(client, null, text, lastWord);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String address, Predicate<MimeMessage> which) {
        long end = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < end) {
            for (MimeMessage m : mailsTo(address)) {
                if (which.test(m)) {
                    return m;
                }
            }
            sleep(500);
        }
        throw new AssertionError("no such mail to " + address + "; received: " + mailsTo(address).size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the plain text and the HTML of the mail */
    private static String[] bodies(MimeMessage m) {
        try {
            MimeMultipart parts = (MimeMultipart) m.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            return new String[] {text, html};
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMentionIsMailedAtOnceWithAOneClickUnsubscribe() {
        Member mia = Member.create("Mia");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("mailed");
        long post = publish(admin, "Welcome @" + mia.handle() + " to the R&D team " + word, word);

        MimeMessage mail = awaitMail(mia.email(), m -> bodies(m)[0].contains(word));
        assertThat(subject(mail)).isEqualTo(TestAccounts.ADMIN_NAME + " mentioned you in a post");
        String[] body = bodies(mail);
        assertThat(body[0]).contains("Welcome @" + mia.handle() + " to the R&D team " + word)
                .contains(Agora.URL + "/posts/" + post);
        assertThat(body[1]).contains("to the R&amp;D team " + word).doesNotContain("R&D")
                .contains("href=\"" + Agora.URL + "/posts/" + post + "\"");
        String unsubscribe = header(mail, "List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<" + Agora.URL + "/unsubscribe?t=").endsWith(">");
        assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mailsTo(mia.email())).as("once").hasSize(1);

        // the mail client's one-click POST, without signing in
        String link = unsubscribe.substring(1, unsubscribe.length() - 1);
        Page stopped = oneClick(link).titled("Stop notification mails");
        assertThat(stopped.text(".unsubscribed")).contains("no more mails about: Mentions of you");
        assertThat(mentions(mia)).isEqualTo("OFF");

        String again = Agora.unique("quiet");
        publish(admin, "Again @" + mia.handle() + " " + again, again);
        sleep(8000);
        assertThat(mailsTo(mia.email())).as("unsubscribed").hasSize(1);
    }

    private static Page oneClick(String link) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(answer.statusCode(), answer.body(), null,
                    answer.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return how the member's mail settings deliver mentions: the value of the chosen MENTION choice */
    private static String mentions(Member member) {
        return member.client().get("/settings/notifications").titled("Mail settings")
                .one("input[type=radio][name=MENTION][checked]").val();
    }

    @Test
    void anUnsubscribeLinkOpensWithoutSigningInAndAForgedOneIsRefused() {
        Member noa = Member.create("Noa");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("link");
        publish(admin, "Hello @" + noa.handle() + " " + word, word);
        MimeMessage mail = awaitMail(noa.email(), m -> bodies(m)[0].contains(word));
        String header = header(mail, "List-Unsubscribe");
        String path = header.substring(1 + Agora.URL.length(), header.length() - 1);

        AgoraClient stranger = new AgoraClient();
        Page confirm = stranger.get(path).titled("Stop notification mails");
        assertThat(confirm.text(".unsubscribe h1 + p")).contains("Stop the mails about: Mentions of you?");
        assertThat(confirm.one(".unsubscribe form button[type=submit]").text()).contains("Stop these mails");

        String forged = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
        Page refused = stranger.get(forged).expect(404);
        assertThat(refused.text(".error-page p")).contains("This unsubscribe link is not valid");
        assertThat(new AgoraClient().acceptLanguage("fr").get(forged).expect(404).text(".error-page p"))
                .contains("Ce lien de désinscription");
        assertThat(stranger.get("/unsubscribe?t=nonsense").status()).isEqualTo(404);
        assertThat(mentions(noa)).as("nothing changed").isEqualTo("INSTANT");
    }

    @Test
    void mailsAreWrittenInTheRecipientsLanguage() {
        Member lou = Member.create("Lou");
        lou.client().get("/");
        assertThat(lou.client().post("/language", Map.of("lang", "fr", "back", "/")).status()).isEqualTo(303);
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("langue");
        publish(admin, "Bonjour @" + lou.handle() + " " + word, word);

        MimeMessage mail = awaitMail(lou.email(), m -> bodies(m)[0].contains(word));
        assertThat(subject(mail)).isEqualTo(TestAccounts.ADMIN_NAME + " vous a mentionné dans une publication");
        assertThat(bodies(mail)[0]).contains("Ouvrir dans Agora").contains("Ne plus recevoir ces courriels");
        assertThat(bodies(mail)[1]).contains("lang=\"fr\"");
    }

    @Test
    void aDigestTellsWhatIsUnreadOnceAndNeverRepeatsIt() {
        Member ada = Member.create("Ada");
        Member bob = Member.create("Bob");
        Member cy = Member.create("Cy");
        Member dan = Member.create("Dan");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("digest");
        long post = publish(ada.client(), "Digest post " + word, word);
        comment(bob.client(), post, "Bob's thought " + word);
        comment(cy.client(), post, "Cy's thought " + word);
        String space = Spaces.create(ada.client(), "Garden " + word, "PUBLIC");
        ada.client().get(space);
        assertThat(ada.client().post(space + "/posts", Map.of("text", "Seeds " + word)).status()).isEqualTo(303);
        long inSpace = postId(ada.client().get(space).body(), "Seeds " + word);
        bob.client().get(space);
        assertThat(bob.client().post(space + "/join", Map.of()).status()).isEqualTo(303);
        comment(bob.client(), inSpace, "Tomatoes " + word);

        sendDigests(admin);
        MimeMessage digest = awaitMail(ada.email(), m -> subject(m).startsWith("Your Agora day"));
        assertThat(subject(digest)).isEqualTo("Your Agora day: 2 notifications");
        String[] body = bodies(digest);
        assertThat(body[0]).contains(cy.name() + " and one other commented on your post")
                .contains("Cy's thought " + word).contains("Tomatoes " + word).contains("/unsubscribe?t=");
        assertThat(body[0].indexOf("Company-wide")).as("grouped by space, company-wide first")
                .isPositive().isLessThan(body[0].indexOf("Cy's thought"));
        assertThat(body[0].indexOf("Garden " + word)).isGreaterThan(body[0].indexOf("Cy's thought"))
                .isLessThan(body[0].indexOf("Tomatoes " + word));
        assertThat(body[1]).contains("Cy&#39;s thought " + word);
        assertThat(header(digest, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        sendDigests(admin);
        sleep(8000);
        assertThat(mailsTo(ada.email())).as("nothing new, no second digest").hasSize(1);

        comment(dan.client(), post, "Dan's thought " + word);
        sendDigests(admin);
        MimeMessage second = awaitMail(ada.email(), m -> bodies(m)[0].contains("Dan's thought"));
        assertThat(bodies(second)[0]).contains(dan.name() + " commented on your post")
                .doesNotContain("Cy's thought").doesNotContain(cy.name());
        assertThat(mailsTo(ada.email())).hasSize(2);
    }

    private static void sendDigests(AgoraClient admin) {
        assertThat(admin.get("/admin/settings").titled("Settings").text(".mail-status button.send-digests"))
                .contains("Send the digests now");
        Page started = admin.post("/admin/mail/digests", Map.of());
        assertThat(started.status()).isEqualTo(303);
    }

    @Test
    void whileTheSmtpServerIsDownPagesWorkAndTheMailWaits() {
        Member kai = Member.create("Kai");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("down");
        SMTP.stop();
        try {
            long started = System.nanoTime();
            publish(admin, "While down @" + kai.handle() + " " + word, word);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the page does not wait for mail")
                    .isLessThan(Duration.ofSeconds(10));
            sleep(7000);
        } finally {
            SMTP.start();
        }
        MimeMessage mail = awaitMail(kai.email(), m -> bodies(m)[0].contains(word));
        assertThat(subject(mail)).contains("mentioned you");
        assertThat(admin.get("/admin/settings").titled("Settings").text(".mail-status .mail-on"))
                .contains("Mails are sent.");
    }
}
