package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The privacy notice: written by administrators in Markdown, versioned, read by every employee from the footer. */
@AgoraTest
class PrivacyNoticeIT {

    @Test
    void administratorsPublishVersionsThatEveryEmployeeReadsSanitised() {
        String id = Agora.unique("notice");
        AgoraClient admin = TestAccounts.admin();
        AgoraClient member = TestAccounts.member("Nina Notice", "nina-" + id + "@agora.test");

        admin.get("/admin/privacy-notice");
        Page first = admin.post("/admin/privacy-notice", Map.of("text", "We keep **profiles** " + id));
        assertThat(first.status()).isEqualTo(303);
        Page second = admin.post("/admin/privacy-notice",
                Map.of("text", "We keep *posts* " + id + " <script>alert(1)</script>"));
        assertThat(second.status()).isEqualTo(303);
        String secondVersion = second.location().replaceAll(".*version=(\\d+)$", "$1");
        String firstVersion = first.location().replaceAll(".*version=(\\d+)$", "$1");

        assertThat(Forms.html(member.get("/")).select("footer a.privacy-link").attr("href")).isEqualTo("/privacy");
        Page notice = member.get("/privacy");
        assertThat(Forms.html(notice).select(".notice-body em").text()).isEqualTo("posts");
        assertThat(notice.text(".notice-body")).startsWith("We keep");
        assertThat(notice.select(".notice-body script")).isEmpty();
        assertThat(notice.body()).doesNotContain("<script>alert(1)");
        assertThat(Forms.html(notice).select(".notice-version").text()).contains("Version " + secondVersion)
                .contains(TestAccounts.ADMIN_NAME);
        assertThat(Forms.html(member.get("/privacy?version=" + firstVersion)).select(".notice-body strong").text())
                .isEqualTo("profiles");
        assertThat(member.get("/privacy?version=999999").status()).isEqualTo(404);

        member.get("/privacy");
        assertThat(member.post("/admin/privacy-notice", Map.of("text", "Hijack")).status()).isEqualTo(403);
        assertThat(admin.post("/admin/privacy-notice", Map.of("text", " ")).status()).isEqualTo(400);
        assertThat(admin.postRaw("/admin/privacy-notice", Map.of("text", "No token")).status()).isEqualTo(403);
        assertThat(member.acceptLanguage("fr").get("/privacy").body()).contains("Confidentialité");
    }
}
