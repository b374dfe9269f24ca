package org.agora.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String EMPLOYEE = "ada@agora.test";
    private static final String GUESSER = "10.0.0.66";
    private static final String OFFICE = "10.0.0.7";
    private final Instant start = Instant.parse("2026-01-05T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address, start);
        }
    }

    @Test
    void aFewFailuresCostNothing() {
        fail(EMPLOYEE, GUESSER, 4);
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start)).isEmpty();
    }

    @Test
    void guessingOneAccountFromOneAddressWaitsLongerWithEachFailure() {
        fail(EMPLOYEE, GUESSER, 5);
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start)).contains(Duration.ofSeconds(2));
        fail(EMPLOYEE, GUESSER, 1);
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start)).contains(Duration.ofSeconds(4));
        fail(EMPLOYEE, GUESSER, 20);
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start)).contains(Duration.ofMinutes(5));
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void theEmployeeElsewhereWaitsOnlyBrieflyAndOnlyForGuessingFromManyPlaces() {
        fail(EMPLOYEE, GUESSER, 9);
        assertThat(throttle.waitFor(EMPLOYEE, OFFICE, start)).as("one guesser alone").isEmpty();
        fail(EMPLOYEE, GUESSER, 30);
        assertThat(throttle.waitFor(EMPLOYEE, OFFICE, start)).contains(Duration.ofMinutes(1));
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start)).contains(Duration.ofMinutes(5));
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldBackForAllOfThem() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("person" + i + "@agora.test", GUESSER, start);
        }
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, start)).contains(Duration.ofSeconds(2));
        assertThat(throttle.waitFor(EMPLOYEE, OFFICE, start)).isEmpty();
        assertThat(throttle.heldBack(start)).extracting(SignInThrottle.HeldBack::who).containsExactly(GUESSER);
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        fail(EMPLOYEE, GUESSER, 25);
        throttle.succeeded(EMPLOYEE, GUESSER);
        assertThat(throttle.waitFor("other@agora.test", GUESSER, start)).isPresent();
        assertThat(throttle.waitFor(EMPLOYEE, OFFICE, start)).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        fail(EMPLOYEE, GUESSER, 8);
        Instant later = start.plus(Duration.ofMinutes(16));
        throttle.failed(EMPLOYEE, GUESSER, later);
        assertThat(throttle.waitFor(EMPLOYEE, GUESSER, later)).isEmpty();
    }

    @Test
    void anAddressThatIsNoEmailAddressCountsForTheClientOnly() {
        fail("not an address", GUESSER, 19);
        assertThat(throttle.waitFor("not an address", OFFICE, start)).isEmpty();
        assertThat(throttle.heldBack(start)).isEmpty();
    }
}
