package org.agora.plugins.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.agora.plugins.lifecycle.Breaker.State;
import org.junit.jupiter.api.Test;

class BreakerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration COOL_DOWN = Duration.ofSeconds(60);
    private static final Duration LEASE = Duration.ofSeconds(11);

    private static Breaker failedTimes(int times) {
        Breaker b = Breaker.CLOSED;
        for (int i = 1; i <= times; i++) {
            b = b.failed("boom " + i, 5, COOL_DOWN, NOW);
        }
        return b;
    }

    /** A breaker that tripped at {@link #NOW} and whose trial call started once the cool-down was over. */
    private static Breaker onTrial() {
        return failedTimes(5).trialStarted(LEASE, NOW.plus(COOL_DOWN));
    }

    @Test
    void aClosedBreakerCountsFailuresInARowAndOpensAtTheLimit() {
        Breaker four = failedTimes(4);
        assertThat(four.state(NOW)).isEqualTo(State.CLOSED);
        assertThat(four.failures()).isEqualTo(4);

        Breaker open = four.failed("kaboom", 5, COOL_DOWN, NOW);
        assertThat(open.state(NOW)).isEqualTo(State.OPEN);
        assertThat(open.retryAt()).isEqualTo(NOW.plus(COOL_DOWN));
        assertThat(open.lastFailure()).isEqualTo("kaboom");
        assertThat(open.failures()).isEqualTo(5);
    }

    @Test
    void aSuccessResetsTheCountSoOnlyFailuresInARowCount() {
        Breaker b = failedTimes(4).succeeded();
        assertThat(b).isEqualTo(Breaker.CLOSED);
        assertThat(b.failed("boom", 5, COOL_DOWN, NOW).state(NOW)).isEqualTo(State.CLOSED);
    }

    @Test
    void anOpenBreakerStaysOpenUntilTheCoolDownIsOverThenHalfOpens() {
        Breaker open = failedTimes(5);
        assertThat(open.state(NOW.plus(COOL_DOWN).minusMillis(1))).isEqualTo(State.OPEN);
        assertThat(open.state(NOW.plus(COOL_DOWN))).isEqualTo(State.HALF_OPEN);
        assertThat(open.state(NOW.plus(Duration.ofDays(3)))).isEqualTo(State.HALF_OPEN);
    }

    @Test
    void callsThatStartedBeforeTheBreakerOpenedChangeNothing() {
        Breaker open = failedTimes(5);
        assertThat(open.failed("late", 5, COOL_DOWN, NOW.plusSeconds(1))).isEqualTo(open);
        assertThat(open.succeeded()).as("only a trial closes it").isEqualTo(open);
    }

    @Test
    void oneTrialCallGoesThroughAHalfOpenBreakerTheOthersFindItOpen() {
        Instant later = NOW.plus(COOL_DOWN);
        Breaker trial = onTrial();
        assertThat(trial.state(later)).isEqualTo(State.OPEN);
        assertThat(trial.state(later.plus(LEASE))).as("a trial that never reported is followed by another")
                .isEqualTo(State.HALF_OPEN);
        assertThatThrownBy(() -> failedTimes(5).trialStarted(LEASE, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Breaker.CLOSED.trialStarted(LEASE, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTrialThatGoesWellClosesTheBreaker() {
        Breaker closed = onTrial().trialSucceeded();
        assertThat(closed.state(NOW)).isEqualTo(State.CLOSED);
        assertThat(closed.failures()).isZero();
        assertThat(closed.lastFailure()).isNull();
    }

    @Test
    void aFailedTrialOpensTheBreakerAgainForTwiceAsLong() {
        Instant firstTrial = NOW.plus(COOL_DOWN);
        Breaker again = onTrial().trialFailed("still broken", COOL_DOWN, firstTrial);
        assertThat(again.state(firstTrial)).isEqualTo(State.OPEN);
        assertThat(again.retryAt()).isEqualTo(firstTrial.plus(Duration.ofSeconds(120)));
        assertThat(again.lastFailure()).isEqualTo("still broken");
        assertThat(again.failures()).isEqualTo(6);

        Instant secondTrial = again.retryAt();
        Breaker third = again.trialStarted(LEASE, secondTrial).trialFailed("still", COOL_DOWN, secondTrial);
        assertThat(third.retryAt()).isEqualTo(secondTrial.plus(Duration.ofSeconds(240)));
    }

    @Test
    void theCoolDownDoublesUpToAnHour() {
        assertThat(Breaker.coolDown(COOL_DOWN, 1)).isEqualTo(COOL_DOWN);
        assertThat(Breaker.coolDown(COOL_DOWN, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Breaker.coolDown(COOL_DOWN, 6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Breaker.coolDown(COOL_DOWN, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(Breaker.coolDown(COOL_DOWN, 1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(Breaker.coolDown(Duration.ofHours(2), 3)).as("a longer first cool-down is kept")
                .isEqualTo(Duration.ofHours(2));
    }
}
