package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Axe;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A space's managers set its name, cover image and icon, answer requests to join and change roles on its settings
 * page; nobody else may open it, and those who asked hear the answer.
 */
@AgoraTest
class SpaceSettingsJourneyIT extends BrowserJourney {

    private final String id = Agora.unique("ss");

    private String space(AgoraClient owner, String name, String kind) {
        return Spaces.create(owner, name, "About " + name, kind);
    }

    private Page upload(AgoraClient client, String space, String kind, String name, byte[] content) {
        client.get(space + "/settings");
        return client.postFile(space + "/settings/picture", Map.of("_csrf", client.csrf(), "kind", kind), "picture",
                name, "image/png", content);
    }

    // a picture unlike the plain ones of SampleFiles: left half black
    private static byte[] halves() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 100, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void onlyManagersOpenTheSettingsOrChangeThePictures() {
        AgoraClient owner = TestAccounts.member("Owen Owner", "owen." + id + "@agora.test");
        String space = space(owner, "Guild " + id, "PUBLIC");
        AgoraClient member = TestAccounts.member("Mia Member", "mia." + id + "@agora.test");
        member.get(space);
        assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        AgoraClient stranger = TestAccounts.member("Stan Stranger", "stan." + id + "@agora.test");

        assertThat(owner.get(space + "/settings").status()).isEqualTo(200);
        assertThat(member.get(space + "/settings").status()).isEqualTo(403);
        assertThat(stranger.get(space + "/settings").status()).isEqualTo(403);
        member.get(space);
        assertThat(member.postFile(space + "/settings/picture", Map.of("_csrf", member.csrf(), "kind", "icon"),
                "picture", "i.png", "image/png", SampleFiles.png()).status()).isEqualTo(403);
        assertThat(member.post(space + "/settings", Map.of("name", "Taken", "description", "", "version", "0"))
                .status()).isEqualTo(403);

        // a moderator named from the settings page manages the space too
        long mia = Long.parseLong(Forms.one(owner.get(space + "/settings"), ".member-roles tr:contains(Mia Member)")
                .attr("data-person"));
        Page promoted = owner.post(space + "/members/" + mia + "/moderator", Map.of("moderator", "true",
                "back", "settings"));
        assertThat(promoted.location()).endsWith(space + "/settings");
        assertThat(member.get(space + "/settings").status()).isEqualTo(200);
    }

    @Test
    void theCoverAndIconShowOnTheSpaceAndInTheListAfterTheImageChecks() {
        String email = "cora." + id + "@agora.test";
        AgoraClient owner = TestAccounts.member("Cora Cover", email);
        String space = space(owner, "Studio " + id, "PUBLIC");

        Page refused = upload(owner, space, "cover", "cover.png", "not an image".getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Forms.one(refused, "#cover").hasClass("is-invalid")).isTrue();
        Page french = upload(owner.acceptLanguage("fr"), space, "icon", "icon.png", "pas une image".getBytes());
        assertThat(Forms.html(french).select(".picture-form .invalid-feedback").text()).isNotBlank()
                .doesNotContain("photo.");
        owner.acceptLanguage("en");

        assertThat(upload(owner, space, "cover", "cover.png", SampleFiles.image("png", 1600, 400)).status())
                .isEqualTo(303);
        assertThat(upload(owner, space, "icon", "icon.png", SampleFiles.image("png", 300, 200)).status())
                .isEqualTo(303);
        Document page = Forms.html(owner.get(space));
        String cover = page.select(".space-header img.space-cover").attr("src");
        String icon = page.select(".space-header img.space-icon").attr("src");
        assertThat(cover).startsWith(space + "/cover?v=");
        assertThat(icon).startsWith(space + "/icon?v=");
        HttpResponse<byte[]> image = owner.download(icon);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(Forms.html(owner.get("/spaces")).select(".space-card img.space-icon").eachAttr("src"))
                .contains(icon);

        // a new icon replaces the old one at a new address
        assertThat(upload(owner, space, "icon", "icon2.png", halves()).status())
                .isEqualTo(303);
        String replaced = Forms.html(owner.get(space)).select(".space-header img.space-icon").attr("src");
        assertThat(replaced).startsWith(space + "/icon?v=").isNotEqualTo(icon);
        assertThat(owner.download(replaced).statusCode()).isEqualTo(200);
        assertThat(owner.download(cover).statusCode()).as("the cover stays").isEqualTo(200);

        signIn(email, TestAccounts.PASSWORD);
        browser.get(Agora.URL + space + "/settings");
        assertThat(browser.findElement(By.cssSelector(".space-pictures img.space-icon")).isDisplayed()).isTrue();
        assertThat(Axe.seriousViolations(browser)).as("axe on the space's settings").isEmpty();
        browser.get(Agora.URL + space);
        assertThat(browser.findElement(By.cssSelector(".space-header img.space-cover")).getDomProperty("naturalWidth"))
                .isEqualTo("1200");
    }

    @Test
    void requestsToJoinWaitInTheQueueAndTheAskersHearTheAnswer() {
        AgoraClient owner = TestAccounts.member("Quinn Queue", "quinn." + id + "@agora.test");
        String space = space(owner, "Board " + id, "PRIVATE");
        AgoraClient asker = TestAccounts.member("Ada Asker", "ada." + id + "@agora.test");
        AgoraClient other = TestAccounts.member("Otto Other", "otto." + id + "@agora.test");
        for (AgoraClient c : new AgoraClient[] {asker, other}) {
            c.get(space);
            assertThat(c.post(space + "/request", Map.of()).status()).isEqualTo(303);
        }
        assertThat(asker.get(space + "/settings").status()).isEqualTo(403);
        assertThat(Forms.html(owner.get(space + "/settings")).select(".join-request")).hasSize(2);
        assertThat(Forms.html(owner.get("/notifications")).select("li.notification.unread .notification-link")
                .eachText()).contains("Ada Asker asks to join Board " + id, "Otto Other asks to join Board " + id);

        Document queue = Forms.html(owner.get(space + "/settings"));
        String adaId = queue.select(".join-request:contains(Ada Asker)").attr("data-person");
        String ottoId = queue.select(".join-request:contains(Otto Other)").attr("data-person");
        Page accepted = owner.post(space + "/members/" + adaId + "/approve", Map.of("back", "settings"));
        assertThat(accepted.location()).endsWith(space + "/settings");
        owner.get(space + "/settings");
        assertThat(owner.post(space + "/members/" + ottoId + "/remove", Map.of("back", "settings")).status())
                .isEqualTo(303);
        assertThat(Forms.html(owner.get(space + "/settings")).select(".no-requests")).hasSize(1);
        assertThat(Forms.html(owner.get("/notifications")).select("li.notification.unread .notification-link")
                .eachText()).as("answered requests are read").noneMatch(t -> t.contains("Board " + id));

        assertThat(Forms.html(asker.get("/notifications")).select(".notification-link").eachText())
                .contains("Quinn Queue let you into the space Board " + id);
        assertThat(asker.get(space).status()).isEqualTo(200);
        assertThat(Forms.html(other.get("/notifications")).select(".notification-link").eachText())
                .contains("Quinn Queue declined your request to join Board " + id);
        assertThat(Forms.html(other.acceptLanguage("fr").get("/notifications")).select(".notification-link")
                .eachText()).contains("Quinn Queue a refusé votre demande pour rejoindre Board " + id);
    }

    @Test
    void aSecretSpacesPicturesStayHiddenFromNonMembers() {
        AgoraClient owner = TestAccounts.member("Sol Secret", "sol." + id + "@agora.test");
        String space = space(owner, "Vault " + id, "SECRET");
        assertThat(upload(owner, space, "icon", "icon.png", SampleFiles.png()).status()).isEqualTo(303);
        String icon = Forms.html(owner.get(space)).select(".space-header img.space-icon").attr("src");
        AgoraClient outsider = TestAccounts.member("Olga Outside", "olga." + id + "@agora.test");
        outsider.get("/");
        assertThat(outsider.download(icon).statusCode()).isEqualTo(404);
        assertThat(owner.download(icon).statusCode()).isEqualTo(200);
    }
}
