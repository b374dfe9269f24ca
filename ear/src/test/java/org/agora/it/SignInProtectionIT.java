package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Sign-in as an attacker tries it: guessing passwords, timing the answers, reading the cookies. Guessers connect
 * from loopback addresses of their own, so that their failures do not hold back the other tests.
 */
@AgoraTest
@Alone
class SignInProtectionIT {

    private static final String WRONG = "not-the-password";

    @Test
    void guessingAPasswordIsHeldBackLongerWithEachFailureAndExplained() throws InterruptedException {
        String email = Agora.unique("guessed") + "@agora.test";
        TestAccounts.member("Gus Guessed", email);
        AgoraClient guesser = AgoraClient.from("127.0.0.21");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.signIn(email, WRONG).status()).as("guess " + (i + 1)).isEqualTo(401);
        }
        assertThat(heldBack(guesser.signIn(email, WRONG))).contains("Too many unsuccessful sign-ins")
                .containsPattern("wait (2 seconds|one second) before");
        assertThat(guesser.signIn(email, TestAccounts.PASSWORD).status()).as("even the right password")
                .isEqualTo(429);
        assertThat(heldBack(AgoraClient.from("127.0.0.21").acceptLanguage("fr").signIn(email, WRONG)))
                .contains("Trop de connexions ont échoué").containsPattern("attendez (2 secondes|une seconde) avant");

        assertThat(new AgoraClient().signIn(email, TestAccounts.PASSWORD).status())
                .as("the employee at their own desk").isEqualTo(303);

        Thread.sleep(2_100);
        assertThat(guesser.signIn(email, WRONG).status()).isEqualTo(401);
        assertThat(heldBack(guesser.signIn(email, WRONG))).as("a longer wait").containsPattern("wait [34] seconds");
    }

    @Test
    void guessingFromManyAddressesHoldsTheEmployeeBackOnlyBriefly() throws InterruptedException {
        String email = Agora.unique("spread") + "@agora.test";
        TestAccounts.member("Sam Spread", email);
        for (int i = 0; i < 10; i++) {
            assertThat(AgoraClient.from("127.0.0." + (31 + i)).signIn(email, WRONG).status()).isEqualTo(401);
        }
        AgoraClient employee = new AgoraClient();
        assertThat(heldBack(employee.signIn(email, TestAccounts.PASSWORD)))
                .containsPattern("wait (2 seconds|one second) before");

        Thread.sleep(2_100);
        assertThat(employee.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
        assertThat(AgoraClient.from("127.0.0.41").signIn(email, WRONG).status())
                .as("a success clears the account's failures").isEqualTo(401);
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldBackForAllOfThem() {
        AgoraClient admin = TestAccounts.admin();
        AgoraClient sprayer = AgoraClient.from("127.0.0.50");
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.signIn(Agora.unique("nobody") + "@agora.test", "Summer2026!").status())
                    .isEqualTo(401);
        }
        Page people = admin.get("/admin/people").titled("People");
        assertThat(people.text(".held-back p")).as("shown to administrators").contains("Sign-ins held back now");
        assertThat(people.select(".held-back li").eachText()).contains("127.0.0.50: 20 failed sign-ins in a row");
        assertThat(heldBack(sprayer.signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD)))
                .contains("Too many unsuccessful sign-ins");
        assertThat(new AgoraClient().signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD).status())
                .as("from another address").isEqualTo(303);
    }

    @Test
    void signInTakesAsLongForAnUnknownAddressAsForAKnownOne() {
        TestAccounts.admin();
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // a fresh address each round and a successful sign-in after, so that no throttle answers instead
            AgoraClient client = AgoraClient.from("127.0.0." + (100 + i));
            long knownNanos = timedWrongSignIn(client, TestAccounts.ADMIN_EMAIL);
            long unknownNanos = timedWrongSignIn(client, Agora.unique("nobody") + "@agora.test");
            assertThat(client.signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD).status()).isEqualTo(303);
            if (i >= 2) {
                known.add(knownNanos);
                unknown.add(unknownNanos);
            }
        }
        assertThat((double) median(unknown)).as("median of unknown %s against known %s", unknown, known)
                .isGreaterThanOrEqualTo(0.5 * median(known));
    }

    /** @return the sign-in form's alert that says why and how long the sign-in is held back */
    private static String heldBack(Page signIn) {
        return signIn.expect(429).one(".auth-card .alert-danger[role=alert]").text();
    }

    private static long timedWrongSignIn(AgoraClient client, String email) {
        client.get("/login");
        long start = System.nanoTime();
        Page refused = client.post("/login", Map.of("email", email, "password", WRONG));
        long nanos = System.nanoTime() - start;
        assertThat(refused.status()).isEqualTo(401);
        return nanos;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void theSignInCookieIsKeptFromOtherSites() {
        TestAccounts.admin();
        AgoraClient client = new AgoraClient();
        client.get("/login");
        HttpResponse<String> in = client.postWithHeaders("/login",
                Map.of("email", TestAccounts.ADMIN_EMAIL, "password", TestAccounts.PASSWORD));
        assertThat(in.statusCode()).isEqualTo(303);
        List<String> cookies = in.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("LtpaToken2=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).as("the new session")
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
    }
}
