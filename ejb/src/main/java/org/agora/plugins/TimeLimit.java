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
 * Runs plugin code on an executor's thread, cut off when it runs longer than the limit. The limit counts from when
 * the plugin code starts: on a saturated server a call may wait for a thread, and that wait is not the plugin's
 * slowness. A call that gets no thread within the patience fails with {@link NotCounted}.
 */
final class TimeLimit {

    private static final Logger LOG = Logger.getLogger(TimeLimit.class.getName());

    /** The call failed for the host's reasons (no thread in time, the caller interrupted), not the plugin's. */
    static final class NotCounted extends PluginFailedException {
        NotCounted(String pluginId, String message) {
            super(pluginId, message);
        }
    }

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

    /**
     * @return what the plugin code returned
     * @throws NotCounted            if it got no thread within the patience, or the caller was interrupted
     * @throws PluginFailedException if it threw or ran longer than the limit
     */
    <T> T run(String pluginId, Callable<T> work) {
        // whoever sets it first decides: the plugin's thread starts the work, or the caller gives up waiting
        AtomicBoolean decided = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<InterruptibleThreads.Handle> worker = new AtomicReference<>();
        Future<T> future;
        try {
            future = executor.submit(() -> {
                if (!decided.compareAndSet(false, true)) {
                    return null;
                }
                started.countDown();
                // interrupted through its handle, which holds the interrupt while the search index is written
                return InterruptibleThreads.run(work, worker::set);
            });
        } catch (RejectedExecutionException e) {
            throw new NotCounted(pluginId, "got no thread: " + e.getMessage());
        }
        try {
            if (!started.await(patience.toMillis(), TimeUnit.MILLISECONDS) && decided.compareAndSet(false, true)) {
                future.cancel(false);
                throw new NotCounted(pluginId, "got no thread within " + seconds(patience) + "; the server is busy");
            }
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // interrupts the handler; one that ignores interruption keeps its thread, but no caller waits for it
            future.cancel(false);
            interrupt(worker);
            throw new PluginFailedException(pluginId, "did not answer within " + seconds(limit));
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
