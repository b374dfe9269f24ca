package org.agora.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.UpgradeHook;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.agora.plugins.lifecycle.JarDescriptor;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.runtime.PluginFailedException;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Keeps this node's plugins in line with the state the database records for every node: records, upgrades, starts
 * and stops each loaded plugin, and follows what another node decided.
 */
final class PluginSync {

    private static final Logger LOG = Logger.getLogger(PluginSync.class.getName());

    private final LoadedPlugins loaded;
    private final PluginManager manager;
    private final PluginRegistry registry;
    private final PluginCalls calls;
    private final Function<String, PluginContext> contexts;

    /** @param contexts the host services given to a plugin's upgrade hooks */
    PluginSync(LoadedPlugins loaded, PluginRegistry registry, PluginCalls calls,
               Function<String, PluginContext> contexts) {
        this.loaded = loaded;
        this.manager = loaded.manager();
        this.registry = registry;
        this.calls = calls;
        this.contexts = contexts;
    }

    /** Brings every loaded plugin in line with the database; the caller holds the write lock. */
    void applyAll() {
        manager.getPlugins().forEach(this::apply);
    }

    /** Brings one loaded plugin, if any, in line with the database; the caller holds the write lock. */
    void apply(String pluginId) {
        Optional.ofNullable(manager.getPlugin(pluginId)).ifPresent(this::apply);
    }

    /** Brings one loaded plugin in line with the database: recorded, upgraded once, started or stopped. */
    private void apply(PluginWrapper w) {
        if (!loaded.valid(w)) {
            return;
        }
        String id = w.getPluginId();
        String version = w.getDescriptor().getVersion();
        Path jar = w.getPluginPath();
        String jarName = jar.getFileName().toString();
        JarDescriptor d = new JarDescriptor(id, version, w.getDescriptor().getRequires());
        String sha = PluginFiles.sha256OrEmpty(jar);
        InstalledPlugin installed = registry.find(id)
                .orElseGet(() -> registry.register(d, jarName, sha, PluginFiles.bytes(jar)));
        boolean upgraded = !installed.version().equals(version)
                && loaded.inspection().newer(version, installed.version())
                && registry.recordUpgrade(id, installed.version(), d, jarName, sha, PluginFiles.bytes(jar));
        if (!installed.enabled()) {
            stop(id);
            return;
        }
        start(id);
        if (upgraded) {
            runUpgradeHooks(manager.getPlugin(id), installed.version());
        }
    }

    /**
     * Runs the plugin's {@link UpgradeHook}s once, on the node that recorded the upgrade, when a new version first
     * starts; with the plugin's class loader and the same time limit as a page.
     */
    private void runUpgradeHooks(PluginWrapper w, String previousVersion) {
        String pluginId = w.getPluginId();
        for (UpgradeHook hook : w.getPluginManager().getExtensions(UpgradeHook.class, pluginId)) {
            try {
                calls.run(w, () -> {
                    hook.upgrade(previousVersion, contexts.apply(pluginId));
                    return null;
                });
                LOG.info(() -> "Plugin " + pluginId + " upgraded from " + previousVersion);
            } catch (PluginFailedException e) {
                LOG.warning(() -> "The upgrade hook of plugin " + pluginId + " failed: " + e.getMessage());
                w.setFailedException(e);
            }
        }
    }

    /**
     * Follows what another node decided: an uninstall unloads the plugin and deletes its jar here, a disable stops
     * it, an enable, install or upgrade loads the recorded jar and starts it.
     */
    void follow(String pluginId, InstalledPlugin installed) {
        if (loaded.read(() -> inLine(pluginId, installed))) {
            return;
        }
        loaded.write(() -> {
            PluginWrapper local = manager.getPlugin(pluginId);
            if (installed == null) {
                if (loaded.valid(local)) {
                    // every valid plugin this node loads is recorded, so a missing record means an uninstall
                    Path jar = local.getPluginPath();
                    manager.unloadPlugin(pluginId);
                    PluginFiles.delete(jar);
                }
                return null;
            }
            loaded.materialize(installed);
            Path target = loaded.folder().resolve(installed.jarName());
            if (Files.exists(target) && !loaded.loaded(target)) {
                loaded.loadDropped(target);
            }
            apply(pluginId);
            return null;
        });
    }

    private boolean inLine(String pluginId, InstalledPlugin installed) {
        PluginWrapper local = manager.getPlugin(pluginId);
        if (installed == null || local == null) {
            return installed == null && (local == null || !loaded.valid(local));
        }
        PluginState state = local.getPluginState();
        if (!installed.enabled()) {
            return state != PluginState.STARTED;
        }
        // a plugin that failed to start is not retried on every call; a rescan or an enable retries it
        return !loaded.inspection().newer(installed.version(), local.getDescriptor().getVersion())
                && (state == PluginState.STARTED || state == PluginState.FAILED);
    }

    /** Starts a plugin with the time limit of a page, so that a start that hangs or throws leaves it FAILED. */
    private void start(String id) {
        PluginWrapper w = manager.getPlugin(id);
        if (w.getPluginState() == PluginState.STARTED) {
            return;
        }
        try {
            calls.run(w, () -> manager.startPlugin(id));
        } catch (PluginFailedException e) {
            w.setFailedException(e);
            w.setPluginState(PluginState.FAILED);
        }
    }

    /** Stops a plugin on this node, if it runs; the caller holds the write lock. */
    void stop(String id) {
        PluginWrapper w = manager.getPlugin(id);
        if (w != null && w.getPluginState() == PluginState.STARTED) {
            try {
                manager.stopPlugin(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugin " + id + " failed to stop", e);
            }
        }
    }
}
