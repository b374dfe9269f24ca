package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.PasswordLinks;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * With a mail server configured, a new hire's password link is mailed to them (GreenMail, in this JVM, where the test
 * server sends), in the administrator's language when the person never chose one, and it works like the one shown.
 */
@AgoraTest
@ResourceLock(SharedState.MAIL)
class PasswordLinkMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("agora.smtp.port", 19081), "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static MimeMessage awaitMail(String address) {
        MimeMessage[] found = new MimeMessage[1];
        Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
            found[0] = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, address)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** @return the plain text of the mail, decoded */
    private static String text(MimeMessage mail) {
        try {
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("no plain text in the mail");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = Pattern.compile(Pattern.quote(Agora.URL) + "(/password-link/[A-Za-z0-9_-]{43})")
                .matcher(text(mail));
        assertThat(link.find()).as("a link in " + text(mail)).isTrue();
        return link.group(1);
    }

    @Test
    void aNewHireReceivesTheLinkByMailAndChoosesTheirPassword() throws MessagingException {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("mailed") + "@links.test";
        Page form = admin.get("/admin/people");
        assertThat(Jsoup.parse(form.body()).select("#add-mail").hasAttr("checked"))
                .as("mailing is offered, and chosen, when a mail server is configured").isTrue();
        Page added = admin.post("/admin/people", Map.of("name", "Mia Mailed", "email", email,
                "department", "Sales", "jobTitle", "Buyer", "mail", "true"));
        assertThat(added.status()).isEqualTo(303);
        assertThat(Jsoup.parse(admin.get(added.location()).body()).select(".link-mailed").text())
                .startsWith("A link to choose their password was mailed to " + email + ".");

        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Choose your Agora password");
        assertThat(text(mail)).contains("Hello Mia Mailed,").contains("it works once");
        String link = linkIn(mail);
        assertThat(PasswordLinks.choose(link, "mailed-password").status()).isEqualTo(303);
        assertThat(new AgoraClient().signIn(email, "mailed-password").status()).isEqualTo(303);
        assertThat(PasswordLinks.choose(link, "other-password").status()).as("once").isEqualTo(410);
    }

    @Test
    void aNewLinkForSomeoneWhoNeverChoseALanguageIsMailedInTheAdministratorsLanguage() throws MessagingException {
        AgoraClient admin = TestAccounts.admin().acceptLanguage("fr");
        String email = Agora.unique("fr") + "@links.test";
        admin.get("/admin/people");
        assertThat(admin.post("/admin/people", Map.of("name", "Léa Lien", "email", email, "department", "Achats",
                "jobTitle", "Acheteuse")).status()).isEqualTo(303);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, email))).as("not asked to mail")
                .isEmpty();
        Document people = Jsoup.parse(admin.get("/admin/people?q=" + email).body());
        String id = people.select("tr[data-email=" + email + "]").attr("data-person");
        Page resent = admin.post("/admin/people/" + id + "/link", Map.of("mail", "true", "q", email));
        assertThat(resent.status()).isEqualTo(303);

        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Choisissez votre mot de passe Agora");
        assertThat(text(mail)).contains("Bonjour Léa Lien,").contains("il ne sert qu’une fois");
        assertThat(PasswordLinks.choose(linkIn(mail), "lien-password").status()).isEqualTo(303);
    }

    @Test
    void everyoneStillWithoutAPasswordIsMailedALinkInOneClick() {
        AgoraClient admin = TestAccounts.admin();
        String team = Agora.unique("Imported");
        String first = Agora.unique("one") + "@links.test";
        String second = Agora.unique("two") + "@links.test";
        for (String email : new String[] {first, second}) {
            admin.get("/admin/people");
            assertThat(admin.post("/admin/people", Map.of("name", "New " + email, "email", email,
                    "department", team, "jobTitle", "Clerk")).status()).isEqualTo(303);
        }
        Document waiting = Jsoup.parse(admin.get("/admin/people?status=without-password&q=" + team).body());
        assertThat(waiting.select(".mail-links-form button").text())
                .isEqualTo("Mail a password link to these 2 people");
        Page mailed = admin.post("/admin/people/links", Map.of("status", "without-password", "q", team));
        assertThat(mailed.status()).as(mailed.toString()).isEqualTo(303);
        assertThat(Jsoup.parse(admin.get(mailed.location()).body()).select(".links-mailed").text())
                .isEqualTo("Password links were mailed to 2 people.");
        assertThat(PasswordLinks.choose(linkIn(awaitMail(first)), "first-password").status()).isEqualTo(303);
        assertThat(PasswordLinks.choose(linkIn(awaitMail(second)), "second-password").status()).isEqualTo(303);
        assertThat(Jsoup.parse(admin.get("/admin/people?status=without-password&q=" + team).body())
                .select(".people-found").text()).isEqualTo("Nobody matches");
    }
}
