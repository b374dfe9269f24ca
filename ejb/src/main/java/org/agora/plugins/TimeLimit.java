package org.agora.plugins;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.search.InterruptibleThreads;

/**
 * Runs plugin code on an executor's thread, cut off when it runs longer than the limit. The limit counts the plugin's
 * own time: from when its code starts, as on a saturated server a call may wait for a thread, and without the time
 * its thread waited for a processor while ready to run ({@link ProcessorWait}), which is the server's load, not the
 * plugin's slowness. A call that gets no thread within the patience, or that the load keeps from finishing within
 * {@value #BUSY_FACTOR} times the limit, fails with {@link NotCounted}.
 */
final class TimeLimit {

    private static final Logger LOG = Logger.getLogger(TimeLimit.class.getName());

    /** The call failed for the host's reasons (no thread in time, the caller interrupted), not the plugin's. */
    static final class NotCounted extends PluginFailedException {
        NotCounted(String pluginId, String message) {
            super(pluginId, message);
        }
    }

    /** How many times the limit a call may take in all when its thread keeps waiting for a processor. */
    static final int BUSY_FACTOR = 4;

    private final ExecutorService executor;
    private final Duration limit;
    private final Duration patience;

    /**
     * @param limit    how long the plugin code may run
     * @param patience how long a call may wait for a thread
     */
    TimeLimit(ExecutorService executor, Duration limit, Duration patience) {
        this.executor = executor;
        this.limit = limit;
        this.patience = patience;
    }

    /** When the plugin code started, and its thread's wait for a processor until then. */
    private record Start(long nanoTime, ProcessorWait clock, long waited) {

        static Start now() {
            ProcessorWait clock = ProcessorWait.ofCurrentThread();
            return new Start(System.nanoTime(), clock, clock.nanos());
        }

        long waitedSince() {
            return Math.max(0, clock.nanos() - waited);
        }
    }

    /**
     * @return what the plugin code returned
     * @throws NotCounted            if it got no thread within the patience, the load kept it from finishing, or
     *                               the caller was interrupted
     * @throws PluginFailedException if it threw or ran longer than the limit
     */
    <T> T run(String pluginId, Callable<T> work) {
        // whoever sets it first decides: the plugin's thread starts the work, or the caller gives up waiting
        AtomicBoolean decided = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Start> start = new AtomicReference<>();
        AtomicReference<InterruptibleThreads.Handle> worker = new AtomicReference<>();
        Future<T> future;
        try {
            future = executor.submit(() -> {
                if (!decided.compareAndSet(false, true)) {
                    return null;
                }
                start.set(Start.now());
                started.countDown();
                // interrupted through its handle, which holds the interrupt while the search index is written
                return InterruptibleThreads.run(work, worker::set);
            });
        } catch (RejectedExecutionException e) {
            throw new NotCounted(pluginId, "got no thread: " + e.getMessage());
        }
        try {
            if (!started.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                if (decided.compareAndSet(false, true)) {
                    future.cancel(false);
                    throw new NotCounted(pluginId,
                            "got no thread within " + seconds(patience) + "; the server is busy");
                }
                // the plugin's thread took the work at the last moment
                started.await();
            }
            return answer(pluginId, future, start.get(), worker);
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Plugin " + pluginId + " failed", e.getCause());
            throw new PluginFailedException(pluginId, PluginLoader.reason(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(false);
            interrupt(worker);
            Thread.currentThread().interrupt();
            throw new NotCounted(pluginId, "interrupted");
        }
    }

    // waits until the plugin's own time reaches the limit, or the call has taken BUSY_FACTOR times the limit in all
    private <T> T answer(String pluginId, Future<T> future, Start start,
                         AtomicReference<InterruptibleThreads.Handle> worker)
            throws ExecutionException, InterruptedException {
        long limitNanos = limit.toNanos();
        long giveUp = start.nanoTime() + limitNanos * BUSY_FACTOR;
        long deadline = start.nanoTime() + limitNanos;
        while (true) {
            try {
                return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                long waited = start.waitedSince();
                long own = now - start.nanoTime() - waited;
                if (own < limitNanos && now < giveUp) {
                    deadline = Math.min(giveUp, now + limitNanos - own);
                    continue;
                }
                // interrupts the handler; one that ignores interruption keeps its thread, but no caller waits for it
                future.cancel(false);
                interrupt(worker);
                if (own < limitNanos) {
                    throw new NotCounted(pluginId, "did not answer within " + seconds(limit.multipliedBy(BUSY_FACTOR))
                            + ", " + seconds(Duration.ofNanos(waited)) + " of it waiting for a processor; "
                            + "the server is busy");
                }
                throw new PluginFailedException(pluginId, "did not answer within " + seconds(limit));
            }
        }
    }

    private static void interrupt(AtomicReference<InterruptibleThreads.Handle> worker) {
        InterruptibleThreads.Handle handle = worker.get();
        if (handle != null) {
            handle.interrupt();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
