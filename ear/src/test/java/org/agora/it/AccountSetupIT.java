package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new installation without demo data: the first visitor creates the administrator account, then nobody can.
 * The build runs it alone, before every other class, on the test server's new database.
 */
@AgoraTest
@Tag("fresh-installation")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountSetupIT {

    @Test
    @Order(1)
    void firstVisitorIsLedToCreateTheAdministrator() {
        AgoraClient visitor = new AgoraClient();
        Page home = visitor.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");
        Page login = visitor.get("/login");
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.location()).endsWith("/setup");
        Page setup = visitor.get("/setup");
        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.body()).contains("Create the administrator account");
    }

    @Test
    @Order(2)
    void badSetupInputIsRefusedWithAMessageAndKeepsTheForm() {
        AgoraClient visitor = new AgoraClient();
        visitor.get("/setup");
        Page shortPassword = visitor.post("/setup",
                Map.of("name", "<b>Eve</b>", "email", "eve@agora.test", "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("at least 10 characters").contains("&lt;b&gt;Eve&lt;/b&gt;")
                .doesNotContain("<b>Eve</b>");
        Page badEmail = visitor.post("/setup",
                Map.of("name", "Eve", "email", "not-an-address", "password", "long-enough-password"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("Enter a valid e-mail address.");
        assertThat(new AgoraClient().get("/setup").status()).as("set-up still open").isEqualTo(200);
    }

    @Test
    @Order(3)
    void setupWithoutCsrfTokenIsRefused() {
        Page forged = new AgoraClient().postRaw("/setup",
                Map.of("name", "Mallory", "email", "mallory@agora.test", "password", "mallory-password"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("security token").doesNotContain("Exception");
        assertThat(new AgoraClient().get("/setup").status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void creatingTheAdministratorSignsThemInAndClosesTheSetupPage() {
        AgoraClient first = new AgoraClient();
        first.get("/setup");
        Page created = first.post("/setup", Map.of("name", TestAccounts.ADMIN_NAME,
                "email", TestAccounts.ADMIN_EMAIL, "password", TestAccounts.PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(303);
        Page feed = first.get("/");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains(TestAccounts.ADMIN_NAME).contains("Administration");

        AgoraClient second = new AgoraClient();
        assertThat(second.get("/setup").status()).isEqualTo(404);
        second.get("/login");
        Page again = second.post("/setup",
                Map.of("name", "Second", "email", "second@agora.test", "password", "second-password"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(second.signIn("second@agora.test", "second-password").status()).isEqualTo(401);
    }
}
