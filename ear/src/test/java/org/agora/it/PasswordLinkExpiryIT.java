package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.Page;
import org.agora.it.support.PasswordLinks;
import org.agora.it.support.TestAccounts;
import org.agora.it.support.WaitingAgoraTest;
import org.junit.jupiter.api.Test;

/** A password link that nobody used in time is refused, with a message that says what to do. */
@WaitingAgoraTest
class PasswordLinkExpiryIT {

    @Test
    void anUnusedLinkExpires() throws InterruptedException {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("late") + "@people.test";
        admin.get("/admin/people");
        Page added = admin.post("/admin/people", Map.of("name", "Lee Later", "email", email, "department", "Sales",
                "jobTitle", "Account manager"));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        String link = PasswordLinks.shownOn(admin.get(added.location()));
        assertThat(new AgoraClient().get(link).status()).as("the link works at first").isEqualTo(200);

        // the test server's links last one minute
        Thread.sleep(62_000);
        Page expired = new AgoraClient().get(link).expect(410);
        assertThat(expired.text(".link-refused"))
                .contains("This link has expired. Ask your administrator for a new one.");
        assertThat(PasswordLinks.choose(link, "late-password").status()).isEqualTo(410);
        assertThat(new AgoraClient().signIn(email, "late-password").status()).isEqualTo(401);
    }
}
