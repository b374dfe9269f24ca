package org.agora.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.content.RunningModules;
import org.agora.config.AgoraConfig;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.api.PublicPageHandler;
import org.agora.plugins.api.PublicRequest;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.content.PluginContentService;
import org.agora.plugins.extensions.PluginContexts;
import org.agora.plugins.lifecycle.Forcing;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.agora.plugins.lifecycle.JarDescriptor;
import org.agora.plugins.lifecycle.JarInspection;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.storage.PluginRecordService;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.pf4j.PluginDependency;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Runs the plugins of this node, following the state the database records for every node: installs, upgrades,
 * enables, disables and uninstalls them while Agora runs, and calls their page handlers on a managed executor with
 * a time limit, suspending a plugin that keeps failing for a while.
 *
 * <p>A jar that cannot be loaded, does not fit this version of the plugins API, or fails to start is listed with
 * the reason and does not stop Agora.
 */
@Singleton
@LocalBean
@Local({PluginRuntime.class, RunningModules.class})
@Startup
@DependsOn("Migrations")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginHost implements PluginRuntime, RunningModules {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    AgoraConfig config;

    @EJB
    PluginRecordService records;

    @EJB
    PluginContentService content;

    @EJB
    PluginRegistry registry;

    @EJB
    SpacePluginService spacePlugins;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PluginContexts contexts;

    private Path folder;
    private PluginManager manager;
    private JarInspection inspection;
    private PluginCalls calls;
    /** Jars of the folder this node could not load, by path, with why. */
    private final Map<Path, PluginStatus> unreadable = new ConcurrentHashMap<>();
    /** PF4J's manager is not thread-safe: calls read under the read lock, lifecycle changes take the write lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @PostConstruct
    void start() {
        folder = config.pluginsDir().toAbsolutePath();
        manager = PluginLoader.newManager(folder);
        inspection = new JarInspection(config.pluginsMaxBytes(), PluginsApi.VERSION, manager.getVersionManager());
        calls = new PluginCalls(executor, config, registry, contexts::forPlugin);
        rescan();
        statuses().forEach(s -> LOG.info(() -> "Plugin " + s.id() + " " + s.version() + ": " + s.state()
                + (s.problem() == null ? "" : " (" + s.problem() + ")")));
    }

    @PreDestroy
    void stop() {
        // stopPlugins() of PF4J 3.15 fails on redeploy; unloading stops each plugin too
        manager.unloadPlugins();
    }

    /**
     * Loads the jars dropped into the plugins folder since the last scan (a newer version of an installed plugin
     * upgrades it), then starts or stops each plugin as the database says.
     */
    public void rescan() {
        write(() -> {
            try {
                Files.createDirectories(folder);
                registry.all().forEach(this::materialize);
                try (Stream<Path> jars = Files.list(folder)) {
                    jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                            .filter(p -> !loaded(p)).forEach(this::loadDropped);
                }
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Cannot read the plugins folder " + folder, e);
            }
            unreadable.keySet().removeIf(Files::notExists);
            manager.getPlugins().forEach(this::apply);
            return null;
        });
    }

    private boolean loaded(Path jar) {
        return manager.getPlugins().stream().anyMatch(w -> w.getPluginPath().equals(jar));
    }

    private void loadDropped(Path jar) {
        JarDescriptor d;
        try {
            d = inspection.inspect(jar);
        } catch (InvalidInputException | IOException e) {
            unreadable.put(jar, PluginStatuses.unreadable(jar.getFileName().toString(), e.getMessage()));
            return;
        }
        PluginWrapper current = manager.getPlugin(d.id());
        if (current == null) {
            load(jar);
        } else if (inspection.newer(d.version(), current.getDescriptor().getVersion())) {
            replace(current, jar);
        } else {
            unreadable.put(jar, PluginStatuses.unreadable(jar.getFileName().toString(), "Plugin " + d.id() + " "
                    + current.getDescriptor().getVersion() + " is installed already; this jar has version "
                    + d.version() + ". Remove it from the plugins folder."));
        }
    }

    private void load(Path jar) {
        unreadable.remove(jar);
        try {
            if (manager.loadPlugin(jar) == null) {
                unreadable.put(jar, PluginStatuses.unreadable(jar.getFileName().toString(),
                        "PF4J could not load the jar; see the log."));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin jar " + jar.getFileName() + " cannot be loaded", e);
            unreadable.put(jar, PluginStatuses.unreadable(jar.getFileName().toString(), PluginLoader.reason(e)));
        }
    }

    /**
     * Writes the jar the database records for an installed plugin into this node's folder when this node does not
     * run that version yet, as on a new node or after another node installed or upgraded it.
     */
    private void materialize(InstalledPlugin installed) {
        PluginWrapper local = manager.getPlugin(installed.id());
        Path target = folder.resolve(Path.of(installed.jarName()).getFileName());
        boolean behind = local == null || inspection.newer(installed.version(), local.getDescriptor().getVersion());
        if (!behind || Files.exists(target) || !JarInspection.ID.matcher(installed.id()).matches()) {
            return;
        }
        registry.jar(installed.id()).ifPresent(jar -> {
            try {
                Path part = PluginFiles.receive(folder, new ByteArrayInputStream(jar), Long.MAX_VALUE);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                LOG.info(() -> "Plugin " + installed.id() + " " + installed.version() + " written from the database");
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot write the jar of plugin " + installed.id(), e);
            }
        });
    }

    /** Brings one loaded plugin in line with the database: recorded, upgraded once, started or stopped. */
    private void apply(PluginWrapper w) {
        if (!valid(w)) {
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
        boolean upgraded = !installed.version().equals(version) && inspection.newer(version, installed.version())
                && registry.recordUpgrade(id, installed.version(), d, jarName, sha, PluginFiles.bytes(jar));
        if (!installed.enabled()) {
            stopLocally(id);
            return;
        }
        startLocally(id);
        if (upgraded) {
            calls.runUpgradeHook(manager.getPlugin(id), installed.version());
        }
    }

    /**
     * Follows what another node decided: an uninstall unloads the plugin and deletes its jar here, a disable stops
     * it, an enable, install or upgrade loads the recorded jar and starts it.
     */
    private void follow(String pluginId, InstalledPlugin installed) {
        if (read(() -> inLine(pluginId, installed))) {
            return;
        }
        write(() -> {
            PluginWrapper local = manager.getPlugin(pluginId);
            if (installed == null) {
                if (valid(local)) {
                    // every valid plugin this node loads is recorded, so a missing record means an uninstall
                    Path jar = local.getPluginPath();
                    manager.unloadPlugin(pluginId);
                    PluginFiles.delete(jar);
                }
                return null;
            }
            materialize(installed);
            Path target = folder.resolve(installed.jarName());
            if (Files.exists(target) && !loaded(target)) {
                loadDropped(target);
            }
            Optional.ofNullable(manager.getPlugin(pluginId)).ifPresent(this::apply);
            return null;
        });
    }

    private boolean inLine(String pluginId, InstalledPlugin installed) {
        PluginWrapper local = manager.getPlugin(pluginId);
        if (installed == null || local == null) {
            return installed == null && (local == null || !valid(local));
        }
        PluginState state = local.getPluginState();
        if (!installed.enabled()) {
            return state != PluginState.STARTED;
        }
        // a plugin that failed to start is not retried on every call; a rescan or an enable retries it
        return !inspection.newer(installed.version(), local.getDescriptor().getVersion())
                && (state == PluginState.STARTED || state == PluginState.FAILED);
    }

    private boolean valid(PluginWrapper w) {
        return manager.getVersionManager().checkVersionConstraint(PluginsApi.VERSION, w.getDescriptor().getRequires());
    }

    /** Starts a plugin with the time limit of a page, so that a start that hangs or throws leaves it FAILED. */
    private void startLocally(String id) {
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

    private void stopLocally(String id) {
        PluginWrapper w = manager.getPlugin(id);
        if (w != null && w.getPluginState() == PluginState.STARTED) {
            try {
                manager.stopPlugin(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugin " + id + " failed to stop", e);
            }
        }
    }

    /**
     * Installs an uploaded plugin jar, or upgrades the installed plugin of the same id when the jar's version is
     * newer. The jar is checked before any of its code is loaded.
     *
     * @return what the jar declared
     * @throws InvalidInputException saying why the jar is refused; nothing is installed then
     */
    public JarDescriptor install(InputStream content) {
        Path part;
        try {
            Files.createDirectories(folder);
            // received before taking the lock, so a slow upload does not hold up the plugins' pages
            part = PluginFiles.receive(folder, content, config.pluginsMaxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JarDescriptor d = inspection.inspect(part);
            return write(() -> installChecked(d, part));
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
        if (currentVersion != null && !inspection.newer(d.version(), currentVersion)) {
            throw new InvalidInputException("jar", "error.plugin.installed", d.id(), currentVersion, d.version());
        }
        for (PluginDependency dependency : d.required()) {
            inspection.unmet(d.id(), dependency, runningVersion(dependency.getPluginId())).ifPresent(refusal -> {
                throw refusal;
            });
        }
        Path target = folder.resolve(d.fileName());
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        if (current != null) {
            replace(current, target);
        } else {
            installed.map(i -> folder.resolve(i.jarName())).filter(old -> !old.equals(target))
                    .ifPresent(PluginFiles::delete);
            load(target);
        }
        Optional.ofNullable(manager.getPlugin(d.id())).ifPresent(this::apply);
        LOG.info(() -> "Plugin " + d.id() + " " + d.version() + " installed from an upload");
        return d;
    }

    /** Unloads the running version, closing its class loader so that its jar can go, then loads the new jar. */
    private void replace(PluginWrapper current, Path newJar) {
        Path oldJar = current.getPluginPath();
        manager.unloadPlugin(current.getPluginId());
        if (!oldJar.equals(newJar)) {
            PluginFiles.delete(oldJar);
        }
        load(newJar);
    }

    /** Switches a plugin on company-wide and starts it on this node. */
    public void enable(String pluginId) {
        write(() -> {
            registry.enable(pluginId);
            Optional.ofNullable(manager.getPlugin(pluginId)).ifPresent(this::apply);
            return null;
        });
    }

    /** @return the version of a plugin started on this node, or null */
    private String runningVersion(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        return w != null && w.getPluginState() == PluginState.STARTED ? w.getDescriptor().getVersion() : null;
    }

    /** Refuses to take away a plugin that another installed plugin cannot run without. */
    private void checkNotNeeded(String pluginId) {
        List<String> dependents = manager.getPlugins().stream()
                .filter(w -> !w.getPluginId().equals(pluginId))
                .filter(w -> w.getDescriptor().getDependencies().stream()
                        .anyMatch(dep -> !dep.isOptional() && dep.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).sorted().toList();
        if (!dependents.isEmpty()) {
            throw new InvalidInputException("plugin", "error.plugin.neededBy", pluginId, String.join(", ", dependents));
        }
    }

    /** Switches a plugin off company-wide and stops it on this node; its data is kept. */
    public void disable(String pluginId) {
        write(() -> {
            checkNotNeeded(pluginId);
            registry.disable(pluginId);
            stopLocally(pluginId);
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
        write(() -> {
            Optional<InstalledPlugin> installed = registry.find(pluginId);
            PluginWrapper w = manager.getPlugin(pluginId);
            if (installed.isEmpty() && w == null) {
                throw new UnknownItemException("error.plugin.unknown");
            }
            checkNotNeeded(pluginId);
            if (w != null) {
                Path jar = w.getPluginPath();
                if (!manager.deletePlugin(pluginId)) {
                    manager.unloadPlugin(pluginId);
                }
                PluginFiles.delete(jar);
            }
            installed.ifPresent(i -> PluginFiles.delete(folder.resolve(i.jarName())));
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
        return read(() -> {
            List<PluginStatus> all = new ArrayList<>(unreadable.values());
            for (PluginWrapper w : manager.getPlugins()) {
                all.add(PluginStatuses.of(w, installed.remove(w.getPluginId()), valid(w)));
            }
            for (InstalledPlugin i : installed.values()) {
                all.add(PluginStatuses.missing(i));
            }
            all.sort(Comparator.comparing(PluginStatus::id));
            return all;
        });
    }

    @Override
    public <T> T call(String pluginId, Callable<T> work) {
        PluginWrapper w = read(() -> started(pluginId))
                .orElseThrow(() -> new PluginFailedException(pluginId, "not running"));
        return calls.call(w, work);
    }

    @Override
    public Optional<ClassLoader> classLoader(String pluginId) {
        return read(() -> started(pluginId).map(PluginWrapper::getPluginClassLoader));
    }

    @Override
    public Set<String> running() {
        return read(() -> manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    @Override
    public Optional<String> version(String pluginId) {
        return read(() -> started(pluginId).map(w -> w.getDescriptor().getVersion()));
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
        follow(pluginId, installed.orElse(null));
        if (installed.isEmpty() || !installed.get().enabled()) {
            return Optional.empty();
        }
        Optional<PluginWrapper> plugin = read(() -> started(pluginId));
        List<H> handlers = read(() -> plugin.isEmpty() ? List.<H>of() : manager.getExtensions(type, pluginId));
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

    private Optional<PluginWrapper> started(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        return w != null && w.getPluginState() == PluginState.STARTED ? Optional.of(w) : Optional.empty();
    }

    private <T> T read(Callable<T> work) {
        return locked(lock.readLock(), work);
    }

    private <T> T write(Callable<T> work) {
        return locked(lock.writeLock(), work);
    }

    private static <T> T locked(java.util.concurrent.locks.Lock l, Callable<T> work) {
        l.lock();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            l.unlock();
        }
    }

    @Override
    public <T> List<PluginExtension<T>> extensions(Class<T> type) {
        return read(() -> {
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
        return read(() -> started(pluginId).stream().flatMap(w -> manager.getExtensions(type, pluginId).stream()
                .map(e -> new PluginExtension<>(pluginId, w.getPluginClassLoader(), e))).toList());
    }
}
