package org.agora.plugins.lifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * A plugin's circuit breaker, as MicroProfile Fault Tolerance has one. <em>Closed</em>: the plugin is called and its
 * failures in a row are counted. <em>Open</em> after too many: the plugin is not called during a cool-down.
 * <em>Half-open</em> once the cool-down is over: one trial call goes through; its success closes the breaker, its
 * failure opens it again for twice as long (at most an hour, or the cool-down itself if longer). The breaker never
 * disables a plugin: that stays an administrator's decision.
 *
 * @param failures    failures in a row since the last call that went well
 * @param openings    how many times in a row the breaker opened: the first trip and each failed trial
 * @param retryAt     when the next trial call may go through; null while closed
 * @param lastFailure why the last failed call failed, or null
 */
public record Breaker(int failures, int openings, Instant retryAt, String lastFailure) {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final Breaker CLOSED = new Breaker(0, 0, null, null);

    static final Duration LONGEST_COOL_DOWN = Duration.ofHours(1);

    public State state(Instant now) {
        return closed() ? State.CLOSED : now.isBefore(retryAt) ? State.OPEN : State.HALF_OPEN;
    }

    /** @return true if calls go through; false while open or half-open */
    public boolean closed() {
        return retryAt == null;
    }

    /**
     * Counts a failed call; the one that reaches {@code limit} opens the breaker for {@code coolDown}. Only a closed
     * breaker counts: a call that started before it opened tells nothing new.
     */
    public Breaker failed(String reason, int limit, Duration coolDown, Instant now) {
        if (!closed()) {
            return this;
        }
        int inARow = failures + 1;
        return inARow < limit ? new Breaker(inARow, 0, null, reason)
                : new Breaker(inARow, 1, now.plus(coolDown), reason);
    }

    /** A call went well: failures count from zero again. An open breaker waits for its own trial. */
    public Breaker succeeded() {
        return closed() ? CLOSED : this;
    }

    /**
     * Lets one trial call through a half-open breaker: the others find it open while the trial runs, for at most
     * {@code lease}; a trial that never reports (its node stopped) is followed by another after that.
     */
    public Breaker trialStarted(Duration lease, Instant now) {
        if (state(now) != State.HALF_OPEN) {
            throw new IllegalStateException("Only a half-open breaker lets a trial call through.");
        }
        return new Breaker(failures, openings, now.plus(lease), lastFailure);
    }

    /** The trial call went well: the plugin runs again. */
    public Breaker trialSucceeded() {
        return CLOSED;
    }

    /** The trial call failed: open again, for twice as long as last time. */
    public Breaker trialFailed(String reason, Duration coolDown, Instant now) {
        int next = openings + 1;
        return new Breaker(failures + 1, next, now.plus(coolDown(coolDown, next)), reason);
    }

    /** @return the cool-down after the breaker opened {@code openings} times in a row */
    static Duration coolDown(Duration first, int openings) {
        Duration longest = first.compareTo(LONGEST_COOL_DOWN) > 0 ? first : LONGEST_COOL_DOWN;
        Duration coolDown = first;
        for (int i = 1; i < openings && coolDown.compareTo(longest) < 0; i++) {
            coolDown = coolDown.multipliedBy(2);
        }
        return coolDown.compareTo(longest) > 0 ? longest : coolDown;
    }
}
