package org.agora.people.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins in a row for one account, one address or one pair of both, and how long the next attempt waits.
 *
 * @param count failures since the last success or the last quiet spell
 * @param last when the latest failure happened
 */
record Failures(int count, Instant last) {

    /**
     * How hard a kind of failure is held back: {@code free} failures cost nothing, each further one doubles the delay
     * from {@code first}, up to {@code cap}; failures are forgotten after {@code forget} without one.
     */
    record Limit(String kind, int free, Duration first, Duration cap, Duration forget) {
    }

    static Failures first(Instant now) {
        return new Failures(1, now);
    }

    /** @return these failures and one more at {@code now}, counting from zero again after a quiet spell */
    Failures andOneMore(Instant now, Limit limit) {
        return isForgotten(now, limit) ? first(now) : new Failures(count + 1, now);
    }

    /** @return how long from {@code now} until the next attempt is allowed, if it must wait */
    Optional<Duration> remaining(Instant now, Limit limit) {
        if (count < limit.free() || isForgotten(now, limit)) {
            return Optional.empty();
        }
        Duration delay = delay(limit);
        Duration left = Duration.between(now, last.plus(delay));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** @return the delay the latest failure imposed, doubling with each failure past the free ones */
    Duration delay(Limit limit) {
        if (count < limit.free()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - limit.free(), 30);
        Duration delay = limit.first().multipliedBy(1L << doublings);
        return delay.compareTo(limit.cap()) > 0 ? limit.cap() : delay;
    }

    boolean isForgotten(Instant now, Limit limit) {
        return now.isAfter(last.plus(limit.forget()));
    }
}
