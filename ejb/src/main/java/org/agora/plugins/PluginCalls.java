package org.agora.plugins;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.UpgradeHook;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.runtime.ContextClassLoader;
import org.agora.plugins.runtime.PluginFailedException;
import org.pf4j.PluginWrapper;

/**
 * Calls into plugin code: on a managed thread, with the plugin's class loader and a time limit; each failure is
 * counted in the database, and the one that reaches the limit switches the plugin off.
 */
final class PluginCalls {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    private final ManagedExecutorService executor;
    private final AgoraConfig config;
    private final PluginRegistry registry;
    private final Function<String, PluginContext> contexts;
    private final Consumer<String> switchOff;

    /**
     * @param contexts  the host services given to a plugin
     * @param switchOff stops a plugin on this node once its failures switched it off in the database
     */
    PluginCalls(ManagedExecutorService executor, AgoraConfig config, PluginRegistry registry,
                Function<String, PluginContext> contexts, Consumer<String> switchOff) {
        this.executor = executor;
        this.config = config;
        this.registry = registry;
        this.contexts = contexts;
        this.switchOff = switchOff;
    }

    /**
     * @return what the plugin code returned
     * @throws PluginFailedException if it threw or ran longer than the limit
     */
    <T> T call(PluginWrapper plugin, Callable<T> work) {
        String id = plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        Future<T> future = executor.submit(() -> ContextClassLoader.run(loader, work));
        long limit = config.pluginTimeout().toMillis();
        try {
            return future.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // interrupts the handler; one that ignores interruption keeps its thread, but no caller waits for it
            future.cancel(true);
            throw failed(id, "did not answer within " + limit / 1000 + " s");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Plugin " + id + " failed", e.getCause());
            throw failed(id, PluginLoader.reason(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginFailedException(id, "interrupted");
        }
    }

    /** Counts a failure; the one that reaches the limit switches the plugin off everywhere. */
    PluginFailedException failed(String pluginId, String reason) {
        LOG.warning(() -> "Plugin " + pluginId + " failed: " + reason);
        if (registry.fail(pluginId, reason, config.pluginMaxFailures())) {
            LOG.warning(() -> "Plugin " + pluginId + " switched off after " + config.pluginMaxFailures()
                    + " failures in a row");
            switchOff.accept(pluginId);
        }
        return new PluginFailedException(pluginId, reason);
    }

    /**
     * Runs the plugin's {@link UpgradeHook}s once, on the node that recorded the upgrade, when a new version first
     * starts; with the plugin's class loader and the same time limit as a page.
     */
    void runUpgradeHook(PluginWrapper w, String previousVersion) {
        String pluginId = w.getPluginId();
        for (UpgradeHook hook : w.getPluginManager().getExtensions(UpgradeHook.class, pluginId)) {
            try {
                call(w, () -> {
                    hook.upgrade(previousVersion, context(pluginId));
                    return null;
                });
                LOG.info(() -> "Plugin " + pluginId + " upgraded from " + previousVersion);
            } catch (PluginFailedException e) {
                LOG.warning(() -> "The upgrade hook of plugin " + pluginId + " failed: " + e.getMessage());
                w.setFailedException(e);
            }
        }
    }

    /** @return the host services for one call of a plugin */
    PluginContext context(String pluginId) {
        return contexts.apply(pluginId);
    }
}
