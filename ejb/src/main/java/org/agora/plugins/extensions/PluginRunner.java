package org.agora.plugins.extensions;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginExtension;

/**
 * Runs plugin code that no request waits for (periodic tasks, event listeners) on the server's managed threads,
 * interrupting it when it overruns its time limit and logging what fails, so a plugin never stalls Agora.
 */
@ApplicationScoped
public class PluginRunner {

    private static final Logger LOG = Logger.getLogger(PluginRunner.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    /** Plugin code that may throw anything. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Starts {@code work} of {@code extension} on a managed thread.
     *
     * @param what  what is run, for the log
     * @param limit the longest it may take
     * @param done  run after the work ended, failed or was cut off (may be null)
     * @return the running work
     */
    public Future<?> start(PluginExtension<?> extension, String what, Duration limit, Work work, Runnable done) {
        Future<?> running = executor.submit(() -> {
            try {
                extension.call(() -> {
                    work.run();
                    return null;
                });
            } catch (InterruptedException e) {
                LOG.warning(() -> "Plugin " + extension.pluginId() + ": " + what + " was cut off after " + limit);
                Thread.currentThread().interrupt();
            } catch (Exception | LinkageError e) {
                LOG.log(Level.WARNING, "Plugin " + extension.pluginId() + ": " + what + " failed", e);
            } finally {
                if (done != null) {
                    done.run();
                }
            }
        });
        executor.schedule(() -> {
            if (running.cancel(true)) {
                LOG.warning(() -> "Plugin " + extension.pluginId() + ": " + what + " took longer than " + limit
                        + " and was interrupted");
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        return running;
    }

    /** @return the executor, for the scheduler's own clock */
    ManagedScheduledExecutorService executor() {
        return executor;
    }
}
