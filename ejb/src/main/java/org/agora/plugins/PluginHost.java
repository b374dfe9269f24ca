package org.agora.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.agora.config.AgoraConfig;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PublicPageHandler;
import org.agora.plugins.api.PublicRequest;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.content.PluginContentService;
import org.agora.plugins.extensions.PluginContexts;
import org.agora.plugins.lifecycle.Forcing;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.agora.plugins.lifecycle.JarDescriptor;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.runtime.PluginPages;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.storage.PluginRecordService;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.pf4j.PluginDependency;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * The plugins' lifecycle on this node, following the state the database records for every node: installs, upgrades,
 * enables, disables and uninstalls them while Agora runs, and serves their pages after following what another node
 * decided. Their jars are {@link LoadedPlugins}', keeping them in line with the database is {@link PluginSync}'s;
 * calling them for the rest of Agora is {@link PluginDispatch}'s, seen as {@link PluginRuntime}.
 *
 * <p>A jar that cannot be loaded, does not fit this version of the plugins API, or fails to start is listed with
 * the reason and does not stop Agora.
 */
@Singleton
@LocalBean
@Local(PluginPages.class)
@Startup
@DependsOn("Migrations")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginHost implements PluginPages {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    AgoraConfig config;

    @Inject
    LoadedPlugins loaded;

    @Inject
    PluginCalls calls;

    @EJB
    PluginRecordService records;

    @EJB
    PluginContentService content;

    @EJB
    PluginRegistry registry;

    @EJB
    SpacePluginService spacePlugins;

    @Inject
    PluginContexts contexts;

    private PluginManager manager;
    private PluginSync sync;

    @PostConstruct
    void start() {
        manager = loaded.manager();
        sync = new PluginSync(loaded, registry, calls, contexts::forPlugin);
        rescan();
        statuses().forEach(s -> LOG.info(() -> "Plugin " + s.id() + " " + s.version() + ": " + s.state()
                + (s.problem() == null ? "" : " (" + s.problem() + ")")));
    }

    /**
     * Loads the jars dropped into the plugins folder since the last scan (a newer version of an installed plugin
     * upgrades it), then starts or stops each plugin as the database says.
     */
    public void rescan() {
        loaded.write(() -> {
            loaded.scan();
            sync.applyAll();
            return null;
        });
    }

    /**
     * Installs an uploaded plugin jar, or upgrades the installed plugin of the same id when the jar's version is
     * newer. The jar is checked before any of its code is loaded.
     *
     * @return what the jar declared
     * @throws InvalidInputException saying why the jar is refused; nothing is installed then
     */
    public JarDescriptor install(InputStream upload) {
        Path part;
        try {
            Files.createDirectories(loaded.folder());
            // received before taking the lock, so a slow upload does not hold up the plugins' pages
            part = PluginFiles.receive(loaded.folder(), upload, config.pluginsMaxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JarDescriptor d = loaded.inspection().inspect(part);
            return loaded.write(() -> installChecked(d, part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PluginFiles.delete(part);
        }
    }

    private JarDescriptor installChecked(JarDescriptor d, Path part) throws IOException {
        Optional<InstalledPlugin> installed = registry.find(d.id());
        PluginWrapper current = manager.getPlugin(d.id());
        String currentVersion = installed.map(InstalledPlugin::version)
                .orElse(current == null ? null : current.getDescriptor().getVersion());
        if (currentVersion != null && !loaded.inspection().newer(d.version(), currentVersion)) {
            throw new InvalidInputException("jar", "error.plugin.installed", d.id(), currentVersion, d.version());
        }
        for (PluginDependency dependency : d.required()) {
            String running = loaded.runningVersion(dependency.getPluginId()).orElse(null);
            loaded.inspection().unmet(d.id(), dependency, running).ifPresent(refusal -> {
                throw refusal;
            });
        }
        Path target = loaded.folder().resolve(d.fileName());
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        if (current != null) {
            loaded.replace(current, target);
        } else {
            installed.map(i -> loaded.folder().resolve(i.jarName())).filter(old -> !old.equals(target))
                    .ifPresent(PluginFiles::delete);
            loaded.load(target);
        }
        sync.apply(d.id());
        LOG.info(() -> "Plugin " + d.id() + " " + d.version() + " installed from an upload");
        return d;
    }

    /** Switches a plugin on company-wide and starts it on this node. */
    public void enable(String pluginId) {
        loaded.write(() -> {
            registry.enable(pluginId);
            sync.apply(pluginId);
            return null;
        });
    }

    /** Switches a plugin off company-wide and stops it on this node; its data is kept. */
    public void disable(String pluginId) {
        loaded.write(() -> {
            loaded.checkNotNeeded(pluginId);
            registry.disable(pluginId);
            sync.stop(pluginId);
            return null;
        });
    }

    /** Forces a plugin on or off in every space, or gives the choice back to space owners. */
    public void force(String pluginId, Forcing forcing) {
        registry.force(pluginId, forcing);
    }

    /**
     * Uninstalls a plugin: stops and unloads it, deletes its jar, forgets its state and, with {@code purge}, deletes
     * all its records and content items; otherwise they stay for a later reinstall.
     */
    public void uninstall(String pluginId, boolean purge) {
        loaded.write(() -> {
            Optional<InstalledPlugin> installed = registry.find(pluginId);
            PluginWrapper w = manager.getPlugin(pluginId);
            if (installed.isEmpty() && w == null) {
                throw new UnknownItemException("error.plugin.unknown");
            }
            loaded.checkNotNeeded(pluginId);
            if (w != null) {
                Path jar = w.getPluginPath();
                if (!manager.deletePlugin(pluginId)) {
                    manager.unloadPlugin(pluginId);
                }
                PluginFiles.delete(jar);
            }
            installed.ifPresent(i -> PluginFiles.delete(loaded.folder().resolve(i.jarName())));
            registry.remove(pluginId);
            if (purge) {
                records.deleteAll(pluginId);
                content.deleteAll(pluginId);
            }
            LOG.info(() -> "Plugin " + pluginId + " uninstalled" + (purge ? " and its data purged" : ""));
            return null;
        });
    }

    /** @return every plugin of this node and every plugin the database records, by id */
    public List<PluginStatus> statuses() {
        Map<String, InstalledPlugin> installed = registry.all().stream()
                .collect(Collectors.toMap(InstalledPlugin::id, Function.identity()));
        return loaded.read(() -> {
            List<PluginStatus> all = new ArrayList<>(loaded.unreadable());
            for (PluginWrapper w : manager.getPlugins()) {
                all.add(PluginStatuses.of(w, installed.remove(w.getPluginId()), loaded.valid(w)));
            }
            for (InstalledPlugin i : installed.values()) {
                all.add(PluginStatuses.missing(i));
            }
            all.sort(Comparator.comparing(PluginStatus::id));
            return all;
        });
    }

    @Override
    public boolean activeIn(String pluginId, long spaceId) {
        return loaded.read(() -> loaded.started(pluginId)).isPresent() && spacePlugins.activeIn(pluginId, spaceId);
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
        PluginContext context = contexts.forPlugin(pluginId);
        PageResult result = calls.call(plugin.get(), () -> serving.serve(handlers.getFirst(), context));
        // only a page that answers clears the failures: a quick menu does not make up for a declaration that hangs
        if (installed.get().breaker().failures() > 0) {
            registry.succeed(pluginId);
        }
        return Optional.of(result);
    }
}
