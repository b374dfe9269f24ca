package org.agora.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.agora.config.AgoraConfig;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.extensions.PluginContexts;
import org.agora.plugins.extensions.PluginExtension;
import org.agora.plugins.storage.PluginRecordService;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads the plugin jars of the plugins folder at start-up and lets the web tier call them.
 *
 * <p>A jar that cannot be loaded, does not fit this version of the plugins API, or fails to start is listed with
 * the reason and does not stop Agora.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    AgoraConfig config;

    @EJB
    PluginRecordService records;

    @Inject
    PluginContexts contexts;

    private PluginManager manager;
    private final List<PluginStatus> unreadable = new ArrayList<>();

    @PostConstruct
    void start() {
        Path folder = config.pluginsDir().toAbsolutePath();
        manager = PluginLoader.newManager(folder);
        try {
            Files.createDirectories(folder);
            try (Stream<Path> jars = Files.list(folder)) {
                jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(this::load);
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot read the plugins folder " + folder, e);
        }
        manager.startPlugins();
        statuses().forEach(s -> LOG.info(() -> "Plugin " + s.id() + " " + s.version() + ": " + s.state()
                + (s.problem() == null ? "" : " (" + s.problem() + ")")));
    }

    private void load(Path jar) {
        try {
            manager.loadPlugin(jar);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin jar " + jar.getFileName() + " cannot be loaded", e);
            unreadable.add(new PluginStatus(jar.getFileName().toString(), "", "", "", "", "FAILED",
                    PluginLoader.reason(e)));
        }
    }

    @PreDestroy
    void stop() {
        // stopPlugins() of PF4J 3.15 fails on redeploy; unloading stops each plugin too
        manager.unloadPlugins();
    }

    /** @return every plugin jar found, running or not, by id */
    public List<PluginStatus> statuses() {
        List<PluginStatus> all = new ArrayList<>(unreadable);
        for (PluginWrapper w : manager.getPlugins()) {
            var d = w.getDescriptor();
            all.add(new PluginStatus(w.getPluginId(), d.getVersion(), d.getPluginDescription(), d.getProvider(),
                    d.getRequires(), w.getPluginState().toString(), problem(w)));
        }
        all.sort(Comparator.comparing(PluginStatus::id));
        return all;
    }

    private String problem(PluginWrapper w) {
        if (w.getPluginState() == PluginState.STARTED) {
            return null;
        }
        if (!manager.getVersionManager().checkVersionConstraint(PluginsApi.VERSION, w.getDescriptor().getRequires())) {
            return "needs plugins-api " + w.getDescriptor().getRequires() + ", this Agora provides "
                    + PluginsApi.VERSION;
        }
        return w.getFailedException() == null ? null : PluginLoader.reason(w.getFailedException());
    }

    /** @return the menu entries of running plugins for {@code location}, in order */
    public List<PluginMenuEntry> menu(MenuLocation location) {
        List<PluginMenuEntry> entries = new ArrayList<>();
        for (PluginWrapper w : manager.getStartedPlugins()) {
            for (NavigationContributor c : manager.getExtensions(NavigationContributor.class, w.getPluginId())) {
                try {
                    PluginLoader.withClassLoader(w.getPluginClassLoader(), () -> c.entries(location))
                            .forEach(e -> entries.add(new PluginMenuEntry(w.getPluginId(), e.label(),
                                    "/m/" + w.getPluginId() + e.path(), e.order())));
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Plugin " + w.getPluginId() + " failed to give its menu", e);
                }
            }
        }
        entries.sort(Comparator.comparingInt(PluginMenuEntry::order).thenComparing(PluginMenuEntry::label));
        return entries;
    }

    /** @return the class loader of a running plugin, where its templates and assets are */
    public Optional<ClassLoader> classLoader(String pluginId) {
        return started(pluginId).map(PluginWrapper::getPluginClassLoader);
    }

    /**
     * Calls the page handler of a running plugin.
     *
     * @return empty if no running plugin with that id has a page handler
     * @throws Exception what the handler threw
     */
    public Optional<PageResult> handle(String pluginId, PageRequest request) throws Exception {
        Optional<PluginWrapper> plugin = started(pluginId);
        if (plugin.isEmpty()) {
            return Optional.empty();
        }
        List<PageHandler> handlers = manager.getExtensions(PageHandler.class, pluginId);
        if (handlers.isEmpty()) {
            return Optional.empty();
        }
        PluginContext context = context(pluginId);
        return Optional.of(PluginLoader.withClassLoader(plugin.get().getPluginClassLoader(),
                () -> handlers.get(0).handle(request, context)));
    }

    private PluginContext context(String pluginId) {
        return contexts.forPlugin(pluginId);
    }

    private Optional<PluginWrapper> started(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        return w != null && w.getPluginState() == PluginState.STARTED ? Optional.of(w) : Optional.empty();
    }

    /**
     * @param type an extension point
     * @return the extensions of that type of every running plugin, each with its plugin's id and class loader
     */
    public <T> List<PluginExtension<T>> extensions(Class<T> type) {
        List<PluginExtension<T>> all = new ArrayList<>();
        for (PluginWrapper w : manager.getStartedPlugins()) {
            manager.getExtensions(type, w.getPluginId()).forEach(e ->
                    all.add(new PluginExtension<>(w.getPluginId(), w.getPluginClassLoader(), e)));
        }
        return all;
    }

    /** @return the extensions of that type of one running plugin */
    public <T> List<PluginExtension<T>> extensions(String pluginId, Class<T> type) {
        return started(pluginId).stream().flatMap(w -> manager.getExtensions(type, pluginId).stream()
                .map(e -> new PluginExtension<>(pluginId, w.getPluginClassLoader(), e))).toList();
    }
}
