package org.agora.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void percentFollowsTheItemsRead() {
        RebuildProgress running = new RebuildProgress(1, "STARTED", 250, 1000, T, null);
        assertThat(running.running()).isTrue();
        assertThat(running.percent()).isEqualTo(25);
        assertThat(new RebuildProgress(1, "STARTED", 1500, 1000, T, null).percent()).as("items added meanwhile")
                .isEqualTo(100);
        assertThat(new RebuildProgress(1, "STARTING", 0, 0, T, null).percent()).isZero();
    }

    @Test
    void aFinishedRebuildIsNotRunning() {
        RebuildProgress done = new RebuildProgress(1, "COMPLETED", 990, 1000, T, T.plusSeconds(5));
        assertThat(done.running()).isFalse();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(new RebuildProgress(1, "FAILED", 10, 1000, T, null).running()).isFalse();
    }
}
