package org.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An interrupt that comes while the search index is written waits for the end of the writing. */
class InterruptibleThreadsTest {

    @Test
    void anInterruptDuringAShieldedSectionIsDeliveredWhenItEnds() throws Exception {
        AtomicReference<InterruptibleThreads.Handle> handle = new AtomicReference<>();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean seenInside = new AtomicBoolean(true);
        AtomicBoolean seenAfter = new AtomicBoolean(false);
        Thread worker = new Thread(() -> {
            try {
                InterruptibleThreads.run(() -> {
                    InterruptibleThreads.shielded(() -> {
                        inside.countDown();
                        try {
                            // a sleep that an interrupt would end with an exception
                            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            throw new AssertionError("interrupted inside the section", e);
                        }
                        seenInside.set(Thread.currentThread().isInterrupted());
                    });
                    seenAfter.set(Thread.currentThread().isInterrupted());
                    return null;
                }, handle::set);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        worker.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        handle.get().interrupt();
        interrupted.countDown();
        worker.join(5_000);

        assertThat(seenInside).as("held during the section").isFalse();
        assertThat(seenAfter).as("delivered at its end").isTrue();
    }

    @Test
    void anInterruptJustBeforeTheSectionWaitsTooAndNoneReachesTheNextWork() throws Exception {
        AtomicReference<InterruptibleThreads.Handle> handle = new AtomicReference<>();
        AtomicBoolean seenInside = new AtomicBoolean(true);
        AtomicBoolean seenAfter = new AtomicBoolean(false);
        InterruptibleThreads.run(() -> {
            handle.get().interrupt();
            InterruptibleThreads.shielded(() -> seenInside.set(Thread.currentThread().isInterrupted()));
            seenAfter.set(Thread.interrupted());
            return null;
        }, handle::set);
        assertThat(seenInside).isFalse();
        assertThat(seenAfter).isTrue();

        handle.get().interrupt();
        assertThat(Thread.currentThread().isInterrupted()).as("the work had ended").isFalse();
    }

    @Test
    void elsewhereASectionSimplyRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        InterruptibleThreads.shielded(() -> ran.set(true));
        assertThat(ran).isTrue();
    }
}
