package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Signing in and out, roles, and the pages every installation answers. */
@AgoraTest
class SignInIT {

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        TestAccounts.admin();
        AgoraClient client = new AgoraClient();
        Page refused = client.signIn(TestAccounts.ADMIN_EMAIL, "not-the-password");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("is not right");
        assertThat(client.get("/").status()).as("still signed out").isEqualTo(302);
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        TestAccounts.admin();
        Page forged = new AgoraClient().postRaw("/login",
                Map.of("email", TestAccounts.ADMIN_EMAIL, "password", TestAccounts.PASSWORD));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void signOutEndsTheSession() {
        // a member of its own: signing out ends the person's sign-in in every browser, and other classes use the
        // administrator's
        AgoraClient member = TestAccounts.member("Otto Out", Agora.unique("out") + "@agora.test");
        member.get("/");
        Page out = member.post("/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).contains("/login?signedOut");
        assertThat(member.get("/login?signedOut").body()).contains("You are signed out.");
        Page home = member.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");
    }

    @Test
    void aMemberSignsInButCannotReachTheAdministration() {
        String email = Agora.unique("member") + "@agora.test";
        AgoraClient member = TestAccounts.member("Mia Member", email);
        Page feed = member.get("/").titled("Feed");
        assertThat(feed.text(".my-profile")).isEqualTo("Mia Member");
        assertThat(feed.select(".agora-menu a.nav-link[href=/]")).as("the menu is there").hasSize(1);
        assertThat(feed.select("a[href=/admin]")).as("no Administration entry").isEmpty();
        for (String path : new String[] {"/admin/plugins", "/admin/imports", "/admin/people"}) {
            Page admin = member.get(path);
            assertThat(admin.status()).as(path).isEqualTo(403);
            assertThat(admin.body()).contains("does not give access").doesNotContain("Exception");
        }
    }

    @Test
    void unknownAddressesGetANotFoundPage() {
        AgoraClient admin = TestAccounts.admin();
        for (String path : new String[] {"/no/such/page", "/posts/999999999", "/m/no-such-plugin/",
                "/admin/imports/999999", "/assets/nothing.css", "/assets/bootstrap/x.exe"}) {
            Page missing = admin.get(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("Page not found").doesNotContain("Exception");
        }
        Page traversal = admin.get("/assets/../../server.xml");
        assertThat(traversal.status()).isBetween(400, 404);
        assertThat(traversal.body()).doesNotContain("<server");
    }

    @Test
    void healthCheckAnswersAtTheStandardEndpoint() {
        Page health = new AgoraClient().get("/health/ready");
        assertThat(health.status()).isEqualTo(200);
        JsonObject ready = health.jsonObject();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(c -> c.getString("name"))
                .contains("agora");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        AgoraClient admin = TestAccounts.admin();
        Map<String, HttpResponse<String>> pages = Map.of(
                "the sign-in page", new AgoraClient().getWithHeaders("/login"),
                "a signed-in page", admin.getWithHeaders("/"),
                "a page not found", admin.getWithHeaders("/no/such/page"));
        assertThat(pages.get("the sign-in page").statusCode()).isEqualTo(200);
        assertThat(pages.get("a signed-in page").statusCode()).isEqualTo(200);
        assertThat(pages.get("a page not found").statusCode()).isEqualTo(404);
        pages.forEach((what, page) -> {
            var headers = page.headers();
            assertThat(headers.firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/html"));
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> {
                List<String> directives = Arrays.stream(csp.split(";")).map(String::strip).toList();
                assertThat(directives).as(what + ": " + csp).contains("default-src 'self'", "script-src 'self'",
                        "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                        "form-action 'self'");
                assertThat(csp).as("no inline scripts or eval").doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval");
            });
            assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
        });
    }
}
