package org.agora.search.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final RetryPolicy THREE = new RetryPolicy(3, Duration.ofSeconds(10));

    @Test
    void aFailedChangeWaitsLongerAfterEachFailureThenIsParked() {
        OutboxEntry entry = new OutboxEntry("post", 7, NOW);
        assertThat(entry.isDue(NOW)).isTrue();

        assertThat(entry.failed("boom", NOW, THREE)).isFalse();
        assertThat(entry.getAttempts()).isEqualTo(1);
        assertThat(entry.isDue(NOW.plusSeconds(9))).isFalse();
        assertThat(entry.isDue(NOW.plusSeconds(10))).isTrue();

        assertThat(entry.failed("boom again", NOW.plusSeconds(10), THREE)).isFalse();
        assertThat(entry.getRetryAt()).isEqualTo(NOW.plusSeconds(30));

        assertThat(entry.failed("still", NOW.plusSeconds(30), THREE)).as("parked on the last attempt").isTrue();
        assertThat(entry.isParked()).isTrue();
        assertThat(entry.isDue(NOW.plus(Duration.ofDays(365)))).as("kept, never taken in by itself").isFalse();
        assertThat(entry.getLastError()).isEqualTo("still");
        assertThat(entry.failed("again", NOW.plusSeconds(40), THREE)).as("parked once only").isFalse();
        assertThat(entry.getAttempts()).isEqualTo(3);
    }

    @Test
    void aRetriedChangeIsBackInLineWithAllItsAttempts() {
        OutboxEntry entry = new OutboxEntry("post", 7, NOW);
        entry.failed("x", NOW, new RetryPolicy(1, Duration.ofSeconds(1)));
        assertThat(entry.isParked()).isTrue();
        entry.retry();
        assertThat(entry.isParked()).isFalse();
        assertThat(entry.isDue(NOW)).isTrue();
        assertThat(entry.getAttempts()).isZero();
    }

    @Test
    void longErrorsAreCutToTheColumn() {
        OutboxEntry entry = new OutboxEntry("post", 7, NOW);
        entry.failed("e".repeat(2_000), NOW, THREE);
        assertThat(entry.getLastError()).hasSize(500).endsWith("…");
    }

    @Test
    void pausesDoubleUpToAnHour() {
        assertThat(THREE.pauseAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(THREE.pauseAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(THREE.pauseAfter(40)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
