package org.agora.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.plugins.runtime.PluginFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The time limit of plugin code, on an executor of one thread that a test can keep busy. */
class TimeLimitTest {

    private static final Duration LIMIT = Duration.ofMillis(300);

    private final ExecutorService oneThread = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        oneThread.shutdownNow();
        oneThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Keeps the only thread busy for {@code busy}, or until the test ends. */
    private void busyFor(Duration busy) {
        oneThread.submit(() -> release.await(busy.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void theLimitCountsFromWhenThePluginCodeStartsNotWhileItWaitsForAThread() {
        busyFor(LIMIT.multipliedBy(3));
        TimeLimit limit = new TimeLimit(oneThread, LIMIT, Duration.ofSeconds(30));
        assertThat(limit.run("wiki", () -> "menu")).isEqualTo("menu");
    }

    @Test
    void aCallThatGetsNoThreadWithinThePatienceFailsWithoutCountingAndNeverRuns() throws InterruptedException {
        busyFor(Duration.ofMinutes(1));
        AtomicBoolean ran = new AtomicBoolean();
        TimeLimit limit = new TimeLimit(oneThread, LIMIT, Duration.ofMillis(200));
        assertThatThrownBy(() -> limit.run("wiki", () -> ran.getAndSet(true)))
                .isInstanceOf(TimeLimit.NotCounted.class).hasMessageContaining("no thread");
        release.countDown();
        oneThread.shutdown();
        assertThat(oneThread.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).as("given up, so not run later").isFalse();
    }

    @Test
    void pluginCodeThatRunsLongerThanTheLimitIsCutOffAndCounted() {
        CountDownLatch interrupted = new CountDownLatch(1);
        TimeLimit limit = new TimeLimit(oneThread, LIMIT, Duration.ofSeconds(30));
        assertThatThrownBy(() -> limit.run("wiki", () -> {
            try {
                return release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        })).isInstanceOf(PluginFailedException.class).isNotInstanceOf(TimeLimit.NotCounted.class)
                .hasMessage("did not answer within 300 ms");
        assertThat(awaited(interrupted)).as("the plugin's thread is interrupted").isTrue();
    }

    @Test
    void pluginCodeThatThrowsFailsWithItsReason() {
        TimeLimit limit = new TimeLimit(oneThread, LIMIT, Duration.ofSeconds(30));
        assertThatThrownBy(() -> limit.run("wiki", () -> {
            throw new IllegalStateException("the wiki fails on purpose");
        })).isInstanceOf(PluginFailedException.class).isNotInstanceOf(TimeLimit.NotCounted.class)
                .hasMessage("the wiki fails on purpose");
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
