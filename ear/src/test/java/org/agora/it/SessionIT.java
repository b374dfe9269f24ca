package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Sessions across sign-in and sign-out: renewed each time, and ended ones lead back to the sign-in page. */
@AgoraTest
class SessionIT {

    private static final String SESSION = "JSESSIONID";

    @Test
    void signingInRenewsTheSessionAndTheFormToken() {
        TestAccounts.admin();
        AgoraClient planter = new AgoraClient();
        planter.get("/login");
        String plantedSession = planter.cookie(SESSION).orElseThrow();
        String plantedToken = planter.csrf();

        AgoraClient victim = new AgoraClient().plantCookie(SESSION, plantedSession);
        assertThat(victim.signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD).status()).isEqualTo(303);
        assertThat(victim.cookie(SESSION)).isPresent().get().isNotEqualTo(plantedSession);

        Page forged = victim.postRaw("/language", Map.of("_csrf", plantedToken, "lang", "fr", "back", "/"));
        assertThat(forged.status()).as("a post with the token from before sign-in").isEqualTo(403);
        Page feed = victim.get("/");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.csrf()).isPresent().get().isNotEqualTo(plantedToken);
        assertThat(feed.body()).as("still in English").contains("lang=\"en\"");
    }

    @Test
    void signingOutRenewsTheSessionAndTheFormToken() {
        // a member of its own: signing out ends the person's sign-in in every browser, and other classes use the
        // administrator's
        AgoraClient member = TestAccounts.member("Rita Renewed", Agora.unique("renewed") + "@agora.test");
        member.get("/");
        String session = member.cookie(SESSION).orElseThrow();
        String token = member.csrf();
        assertThat(member.post("/logout", Map.of()).status()).isEqualTo(303);
        Page login = member.get("/login?signedOut");
        assertThat(member.cookie(SESSION)).isPresent().get().isNotEqualTo(session);
        assertThat(login.csrf()).isPresent().get().isNotEqualTo(token);
        assertThat(member.postRaw("/language", Map.of("_csrf", token, "lang", "fr", "back", "/")).status())
                .isEqualTo(403);
    }

    @Test
    void aSignedInPersonOpeningTheSignInPageGoesToTheFeed() {
        TestAccounts.admin();
        AgoraClient admin = new AgoraClient();
        assertThat(admin.get("/saved").location()).as("a members' page asks for sign-in").startsWith("/login");
        Page in = admin.signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        assertThat(in.location()).as("the page wanted").isEqualTo("/saved");
        for (String path : new String[] {"/login", "/login?signedOut"}) {
            Page login = admin.get(path);
            assertThat(login.status()).as(path + " " + login).isEqualTo(303);
            assertThat(login.location()).isEqualTo("/");
        }
        assertThat(admin.get("/").status()).isEqualTo(200);
    }

    @Test
    void signingOutInOneBrowserSendsTheOtherToTheSignInPageAndBack() {
        String email = Agora.unique("twice") + "@agora.test";
        AgoraClient laptop = TestAccounts.member("Tess Twice", email);
        AgoraClient phone = new AgoraClient();
        assertThat(phone.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
        assertThat(phone.get("/saved").status()).isEqualTo(200);

        laptop.get("/");
        assertThat(laptop.post("/logout", Map.of()).status()).isEqualTo(303);

        Page language = phone.post("/language", Map.of("lang", "en", "back", "/saved"));
        assertThat(language.status()).as(language.toString()).isBetween(300, 499);
        Page wanted = phone.get("/saved");
        assertThat(wanted.status()).as(wanted.toString()).isEqualTo(302);
        assertThat(wanted.location()).startsWith("/login");
        Page login = phone.get(wanted.location());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.body()).contains("Your session has ended");
        Page in = phone.post("/login", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertThat(in.status()).as(in.toString()).isBetween(302, 303);
        assertThat(in.location()).endsWith("/saved");
        assertThat(phone.get("/saved").status()).isEqualTo(200);
    }

    @Test
    void aSignInTokenThatNoLongerCountsLeadsToTheSignInPage() {
        AgoraClient admin = TestAccounts.admin();
        admin.plantCookie("LtpaToken2", "bm90IGEgdG9rZW4=");
        Page home = admin.get("/");
        assertThat(home.status()).as(home.toString()).isEqualTo(302);
        Page login = admin.get(home.location());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.body()).contains("Your session has ended");
        assertThat(admin.post("/login", Map.of("email", TestAccounts.ADMIN_EMAIL, "password", TestAccounts.PASSWORD))
                .status()).isBetween(302, 303);
        assertThat(admin.get("/").status()).isEqualTo(200);
    }
}
