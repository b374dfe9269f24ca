package org.agora.search.model;

import java.time.Duration;

/**
 * How often and when a change that failed to reach the index is tried again: after a pause that doubles with each
 * failed attempt, up to an hour, and no more after {@code attempts} attempts in all.
 *
 * @param attempts   how many attempts a change gets before it is parked; at least 1
 * @param firstPause the pause after the first failure
 */
public record RetryPolicy(int attempts, Duration firstPause) {

    private static final Duration LONGEST = Duration.ofHours(1);

    public RetryPolicy {
        if (attempts < 1 || firstPause.isNegative()) {
            throw new IllegalArgumentException("A retry policy needs an attempt and no negative pause");
        }
    }

    /** @return the pause after the {@code failed}-th failed attempt (1 for the first) */
    public Duration pauseAfter(int failed) {
        Duration pause = firstPause;
        for (int i = 1; i < failed && pause.compareTo(LONGEST) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
