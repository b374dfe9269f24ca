package org.agora.plugins.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The test host's clock ({@link org.agora.plugins.api.PluginContext#clock()}): the system's time, moved by what a
 * test asked, so that deadlines, reminders and weekly limits can be tested without waiting.
 *
 * <pre>{@code
 * host.clock().advance(Duration.ofDays(8));
 * host.run(new CloseSurveys());
 * }</pre>
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    TestClock() {
    }

    /** Moves the time forward (or back, with a negative duration). */
    public TestClock advance(Duration duration) {
        offset = offset.plus(duration);
        return this;
    }

    /** Sets the time; it goes on from there. */
    public TestClock set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
