package org.agora.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.agora.content.RunningModules;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PublicPageHandler;
import org.agora.plugins.api.PublicRequest;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.validation.UnknownItemException;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Calls the plugins that run on this node: their pages, after following what other nodes decided about them, and
 * their extensions, each under the read lock and the time limit of {@link PluginCalls}.
 */
final class PluginDispatch implements PluginRuntime, RunningModules {

    private final LoadedPlugins loaded;
    private final PluginManager manager;
    private final PluginSync sync;
    private final PluginRegistry registry;
    private final SpacePluginService spacePlugins;
    private final PluginCalls calls;

    PluginDispatch(LoadedPlugins loaded, PluginSync sync, PluginRegistry registry, SpacePluginService spacePlugins,
                   PluginCalls calls) {
        this.loaded = loaded;
        this.manager = loaded.manager();
        this.sync = sync;
        this.registry = registry;
        this.spacePlugins = spacePlugins;
        this.calls = calls;
    }

    @Override
    public <T> T call(String pluginId, Callable<T> work) {
        PluginWrapper w = loaded.read(() -> loaded.started(pluginId))
                .orElseThrow(() -> new PluginFailedException(pluginId, "not running"));
        return calls.call(w, work);
    }

    @Override
    public Optional<ClassLoader> classLoader(String pluginId) {
        return loaded.read(() -> loaded.started(pluginId).map(PluginWrapper::getPluginClassLoader));
    }

    @Override
    public Set<String> running() {
        return loaded.read(() -> manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Optional<String> version(String pluginId) {
        return loaded.read(() -> loaded.runningVersion(pluginId));
    }

    @Override
    public boolean activeIn(String pluginId, long spaceId) {
        return classLoader(pluginId).isPresent() && spacePlugins.activeIn(pluginId, spaceId);
    }

    @Override
    public Optional<PageResult> handle(String pluginId, PageRequest request) {
        return serve(pluginId, PageHandler.class, request.spaceRef(), (h, context) -> h.handle(request, context));
    }

    @Override
    public Optional<PageResult> handlePublic(String pluginId, PublicRequest request) {
        return serve(pluginId, PublicPageHandler.class, null, (h, context) -> h.handle(request, context));
    }

    /** A page handler of some kind, called with its plugin's context. */
    private interface Serving<H> {
        PageResult serve(H handler, PluginContext context) throws Exception;
    }

    private <H> Optional<PageResult> serve(String pluginId, Class<H> type, SpaceRef space, Serving<H> serving) {
        Optional<InstalledPlugin> installed = registry.find(pluginId);
        sync.follow(pluginId, installed.orElse(null));
        if (installed.isEmpty() || !installed.get().enabled()) {
            return Optional.empty();
        }
        Optional<PluginWrapper> plugin = loaded.read(() -> loaded.started(pluginId));
        List<H> handlers = loaded.read(() -> plugin.isEmpty() ? List.<H>of() : manager.getExtensions(type, pluginId));
        if (handlers.isEmpty()) {
            return Optional.empty();
        }
        // the web tier has checked that the viewer reads the space
        if (space != null && !spacePlugins.activeIn(pluginId, space.id())) {
            throw new UnknownItemException("error.module.notInSpace");
        }
        PluginContext context = calls.context(pluginId);
        PageResult result = calls.call(plugin.get(), () -> serving.serve(handlers.getFirst(), context));
        // only a page that answers clears the failures: a quick menu does not make up for a declaration that hangs
        if (installed.get().breaker().failures() > 0) {
            registry.succeed(pluginId);
        }
        return Optional.of(result);
    }

    @Override
    public <T> List<PluginExtension<T>> extensions(Class<T> type) {
        return loaded.read(() -> {
            List<PluginExtension<T>> all = new ArrayList<>();
            for (PluginWrapper w : manager.getStartedPlugins()) {
                manager.getExtensions(type, w.getPluginId()).forEach(e ->
                        all.add(new PluginExtension<>(w.getPluginId(), w.getPluginClassLoader(), e)));
            }
            return all;
        });
    }

    @Override
    public <T> List<PluginExtension<T>> extensions(String pluginId, Class<T> type) {
        return loaded.read(() -> loaded.started(pluginId).stream().flatMap(w -> manager.getExtensions(type, pluginId)
                .stream().map(e -> new PluginExtension<>(pluginId, w.getPluginClassLoader(), e))).toList());
    }
}
