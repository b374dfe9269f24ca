package org.agora.web.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FrameLimitTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void twentyFramesInTenSecondsPassAndTheNextIsRefused() {
        FrameLimit limit = new FrameLimit(20, Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            assertThat(limit.allow(i * 100_000L)).as("frame " + i).isTrue();
        }
        assertThat(limit.allow(3 * SECOND)).isFalse();
    }

    @Test
    void theWindowSlidesSoAPatientClientSendsAgain() {
        FrameLimit limit = new FrameLimit(2, Duration.ofSeconds(10));
        assertThat(limit.allow(0)).isTrue();
        assertThat(limit.allow(5 * SECOND)).isTrue();
        assertThat(limit.allow(9 * SECOND)).isFalse();
        assertThat(limit.allow(10 * SECOND)).as("the first frame left the window").isTrue();
        assertThat(limit.allow(11 * SECOND)).isFalse();
    }

    @Test
    void refusedFramesDoNotCount() {
        FrameLimit limit = new FrameLimit(1, Duration.ofSeconds(10));
        assertThat(limit.allow(0)).isTrue();
        for (int i = 1; i < 100; i++) {
            assertThat(limit.allow(i * 1000L)).isFalse();
        }
        assertThat(limit.allow(10 * SECOND)).isTrue();
    }
}
