package org.agora.plugins;

import jakarta.ejb.Local;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.agora.content.RunningModules;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.pf4j.PluginWrapper;

/**
 * Calls the plugins that run on this node and lists their extensions, each call under the read lock of
 * {@link LoadedPlugins} and the time limit of {@link PluginCalls}. It depends on neither the plugins' lifecycle nor
 * the services given to them, so those services may call plugins through it.
 */
@Singleton
@Local({PluginRuntime.class, RunningModules.class})
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginDispatch implements PluginRuntime, RunningModules {

    @Inject
    LoadedPlugins loaded;

    @Inject
    PluginCalls calls;

    @Override
    public <T> T call(String pluginId, Callable<T> work) {
        PluginWrapper w = loaded.read(() -> loaded.started(pluginId))
                .orElseThrow(() -> new PluginFailedException(pluginId, "not running"));
        return calls.call(w, work);
    }

    @Override
    public boolean answering(String pluginId) {
        return loaded.read(() -> loaded.started(pluginId)).isPresent() && calls.closed(pluginId);
    }

    @Override
    public Optional<ClassLoader> classLoader(String pluginId) {
        return loaded.read(() -> loaded.started(pluginId).map(PluginWrapper::getPluginClassLoader));
    }

    @Override
    public Set<String> running() {
        return loaded.read(() -> loaded.manager().getStartedPlugins().stream().map(PluginWrapper::getPluginId)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Optional<String> version(String pluginId) {
        return loaded.read(() -> loaded.runningVersion(pluginId));
    }

    @Override
    public <T> List<PluginExtension<T>> extensions(Class<T> type) {
        return loaded.read(() -> {
            List<PluginExtension<T>> all = new ArrayList<>();
            for (PluginWrapper w : loaded.manager().getStartedPlugins()) {
                loaded.manager().getExtensions(type, w.getPluginId()).forEach(e ->
                        all.add(new PluginExtension<>(w.getPluginId(), w.getPluginClassLoader(), e)));
            }
            return all;
        });
    }

    @Override
    public <T> List<PluginExtension<T>> extensions(String pluginId, Class<T> type) {
        return loaded.read(() -> loaded.started(pluginId).stream().flatMap(w -> loaded.manager()
                .getExtensions(type, pluginId).stream().map(e -> new PluginExtension<>(pluginId,
                        w.getPluginClassLoader(), e))).toList());
    }
}
