package org.agora.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void theTimeItsThreadWaitsForAProcessorIsNotCounted() {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "Linux's scheduler statistics");
        // three busy threads per processor: the plugin's thread runs about two sevenths of the time, so its 150 ms of
        // work take about 525 ms on the clock, well past the limit and well before the 1,200 ms at which the load
        // would cut it off
        try (Busy busy = new Busy(3)) {
            TimeLimit limit = new TimeLimit(oneThread, LIMIT, Duration.ofSeconds(30));
            Duration took = limit.run("wiki", () -> work(LIMIT.dividedBy(2)));
            assertThat(took).as("longer than the limit on the clock, which alone would have cut it off")
                    .isGreaterThan(LIMIT);
        }
    }

    @Test
    void aCallThatTheLoadKeepsFromFinishingFailsWithoutCounting() {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "Linux's scheduler statistics");
        // eight busy threads per processor: the plugin's thread runs about a ninth of the time
        try (Busy busy = new Busy(8)) {
            TimeLimit limit = new TimeLimit(oneThread, LIMIT, Duration.ofSeconds(30));
            assertThatThrownBy(() -> limit.run("wiki", () -> work(LIMIT.multipliedBy(9).dividedBy(10))))
                    .isInstanceOf(TimeLimit.NotCounted.class)
                    .hasMessageStartingWith("did not answer within 1200 ms")
                    .hasMessageContaining("waiting for a processor");
        }
    }

    /** Uses a processor for {@code own} of this thread's time; @return how long that took on the clock */
    private static Duration work(Duration own) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long begin = System.nanoTime();
        long until = threads.getCurrentThreadCpuTime() + own.toNanos();
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Threads that keep every processor busy, this many per processor, from their creation until closed. */
    private static final class Busy implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads;

        Busy(int perProcessor) {
            int count = Runtime.getRuntime().availableProcessors() * perProcessor;
            threads = Executors.newFixedThreadPool(count);
            CountDownLatch started = new CountDownLatch(count);
            for (int i = 0; i < count; i++) {
                threads.submit(() -> {
                    started.countDown();
                    while (running.get()) {
                        Thread.onSpinWait();
                    }
                });
            }
            // every one of them competes from the plugin's first instant, however slowly threads start
            assertThat(awaited(started)).as("busy threads started").isTrue();
        }

        @Override
        public void close() {
            running.set(false);
            threads.shutdown();
        }
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
