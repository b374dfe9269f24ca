package org.agora.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.config.AgoraConfig;
import org.agora.content.RichText;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.lifecycle.Forcing;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.agora.plugins.lifecycle.JarDescriptor;
import org.agora.plugins.lifecycle.JarInspection;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.storage.PluginRecordService;
import org.agora.plugins.storage.ScopedRecordStore;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Runs the plugins of this node, following the state the database records for every node: installs, upgrades,
 * enables, disables and uninstalls them while Agora runs, and calls their page handlers on a managed executor with
 * a time limit, switching off a plugin that keeps failing.
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

    @EJB
    PluginRegistry registry;

    @EJB
    SpacePluginService spacePlugins;

    @Resource
    ManagedExecutorService executor;

    private Path folder;
    private PluginManager manager;
    private JarInspection inspection;
    /** Jars of the folder this node could not load, by path, with why. */
    private final Map<Path, PluginStatus> unreadable = new ConcurrentHashMap<>();
    /** PF4J's manager is not thread-safe: calls read under the read lock, lifecycle changes take the write lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @PostConstruct
    void start() {
        folder = config.pluginsDir().toAbsolutePath();
        manager = PluginLoader.newManager(folder);
        inspection = new JarInspection(config.pluginsMaxBytes(), PluginsApi.VERSION, manager.getVersionManager());
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
            unreadable.put(jar, unreadableJar(jar.getFileName().toString(), e.getMessage()));
            return;
        }
        PluginWrapper current = manager.getPlugin(d.id());
        if (current == null) {
            load(jar);
        } else if (inspection.newer(d.version(), current.getDescriptor().getVersion())) {
            replace(current, jar);
        } else {
            unreadable.put(jar, unreadableJar(jar.getFileName().toString(), "Plugin " + d.id() + " "
                    + current.getDescriptor().getVersion() + " is installed already; this jar has version "
                    + d.version() + ". Remove it from the plugins folder."));
        }
    }

    private void load(Path jar) {
        unreadable.remove(jar);
        try {
            if (manager.loadPlugin(jar) == null) {
                unreadable.put(jar, unreadableJar(jar.getFileName().toString(),
                        "PF4J could not load the jar; see the log."));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin jar " + jar.getFileName() + " cannot be loaded", e);
            unreadable.put(jar, unreadableJar(jar.getFileName().toString(), PluginLoader.reason(e)));
        }
    }

    private static PluginStatus unreadableJar(String name, String why) {
        return new PluginStatus(name, "", "", "", "", "FAILED", why, name, false, false, Forcing.NONE.name());
    }

    /**
     * Writes the jar the database records for an installed plugin into this node's folder when this node does not
     * run that version yet, as on a new node or after another node installed or upgraded it.
     */
    private void materialize(InstalledPlugin installed) {
        PluginWrapper local = manager.getPlugin(installed.id());
        Path target = folder.resolve(installed.jarName());
        boolean behind = local == null || inspection.newer(installed.version(), local.getDescriptor().getVersion());
        if (!behind || Files.exists(target) || !JarInspection.ID.matcher(installed.id()).matches()) {
            return;
        }
        registry.jar(installed.id()).ifPresent(jar -> {
            try {
                Path part = PluginFiles.receive(folder, new java.io.ByteArrayInputStream(jar), Long.MAX_VALUE);
                Files.move(part, folder.resolve(target.getFileName()), StandardCopyOption.REPLACE_EXISTING);
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
        InstalledPlugin installed = registry.find(id)
                .orElseGet(() -> registry.register(d, jarName, sha256(jar), bytes(jar)));
        boolean upgraded = !installed.version().equals(version) && inspection.newer(version, installed.version())
                && registry.recordUpgrade(id, installed.version(), d, jarName, sha256(jar), bytes(jar));
        if (!installed.enabled()) {
            stopLocally(id);
            return;
        }
        startLocally(id);
        if (upgraded) {
            runUpgradeHook(id, installed.version());
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
                    delete(jar);
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

    private void startLocally(String id) {
        try {
            manager.startPlugin(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + id + " failed to start", e);
            manager.getPlugin(id).setFailedException(e);
            manager.getPlugin(id).setPluginState(PluginState.FAILED);
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
        return write(() -> {
            Files.createDirectories(folder);
            Path part = PluginFiles.receive(folder, content, config.pluginsMaxBytes());
            try {
                JarDescriptor d = inspection.inspect(part);
                Optional<InstalledPlugin> installed = registry.find(d.id());
                PluginWrapper current = manager.getPlugin(d.id());
                String currentVersion = installed.map(InstalledPlugin::version)
                        .orElse(current == null ? null : current.getDescriptor().getVersion());
                if (currentVersion != null && !inspection.newer(d.version(), currentVersion)) {
                    throw new InvalidInputException("jar", "Plugin " + d.id() + " " + currentVersion
                            + " is installed already; only a newer version can replace it (this jar has "
                            + d.version() + ").");
                }
                Path target = folder.resolve(d.fileName());
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                if (current != null) {
                    replace(current, target);
                } else {
                    installed.map(i -> folder.resolve(i.jarName())).filter(old -> !old.equals(target))
                            .ifPresent(PluginHost::delete);
                    load(target);
                }
                Optional.ofNullable(manager.getPlugin(d.id())).ifPresent(this::apply);
                LOG.info(() -> "Plugin " + d.id() + " " + d.version() + " installed from an upload");
                return d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Files.deleteIfExists(part);
            }
        });
    }

    /** Unloads the running version, closing its class loader so that its jar can go, then loads the new jar. */
    private void replace(PluginWrapper current, Path newJar) {
        Path oldJar = current.getPluginPath();
        manager.unloadPlugin(current.getPluginId());
        if (!oldJar.equals(newJar)) {
            delete(oldJar);
        }
        load(newJar);
    }

    private static void delete(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the plugin jar " + jar, e);
        }
    }

    /**
     * The upgrade hook point: runs once, on the node that recorded the upgrade, when a new version of a plugin first
     * starts. Until plugins-api declares the hook as an interface, the plugin's {@link org.pf4j.Plugin} subclass
     * declares {@code public void upgrade(String previousVersion, PluginContext context)}; the call runs with the
     * plugin's class loader and the same time limit as a page.
     */
    void runUpgradeHook(String pluginId, String previousVersion) {
        PluginWrapper w = manager.getPlugin(pluginId);
        Object plugin = w.getPlugin();
        Method hook;
        try {
            hook = plugin.getClass().getMethod("upgrade", String.class, PluginContext.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            call(w, () -> hook.invoke(plugin, previousVersion, context(pluginId)));
            LOG.info(() -> "Plugin " + pluginId + " upgraded from " + previousVersion);
        } catch (PluginFailedException e) {
            LOG.warning(() -> "The upgrade hook of plugin " + pluginId + " failed: " + e.getMessage());
            w.setFailedException(e);
        }
    }

    /** Switches a plugin on company-wide and starts it on this node. */
    public void enable(String pluginId) {
        write(() -> {
            registry.enable(pluginId);
            Optional.ofNullable(manager.getPlugin(pluginId)).ifPresent(this::apply);
            return null;
        });
    }

    /** Switches a plugin off company-wide and stops it on this node; its data is kept. */
    public void disable(String pluginId) {
        write(() -> {
            registry.disable(pluginId, null);
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
     * all its records; otherwise they stay for a later reinstall.
     */
    public void uninstall(String pluginId, boolean purge) {
        write(() -> {
            Optional<InstalledPlugin> installed = registry.find(pluginId);
            PluginWrapper w = manager.getPlugin(pluginId);
            if (installed.isEmpty() && w == null) {
                throw new UnknownItemException("There is no such plugin.");
            }
            if (w != null) {
                Path jar = w.getPluginPath();
                if (!manager.deletePlugin(pluginId)) {
                    manager.unloadPlugin(pluginId);
                }
                delete(jar);
            }
            installed.ifPresent(i -> delete(folder.resolve(i.jarName())));
            registry.remove(pluginId);
            if (purge) {
                records.deleteAll(pluginId);
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
                all.add(status(w, installed.remove(w.getPluginId())));
            }
            for (InstalledPlugin i : installed.values()) {
                all.add(new PluginStatus(i.id(), i.version(), "", "", "", "MISSING", "The jar " + i.jarName()
                        + " is not in this node's plugins folder; install it again or rescan.", i.jarName(), true,
                        i.enabled(), i.forcing().name()));
            }
            all.sort(Comparator.comparing(PluginStatus::id));
            return all;
        });
    }

    private PluginStatus status(PluginWrapper w, InstalledPlugin installed) {
        var d = w.getDescriptor();
        String state = w.getPluginState() == PluginState.STARTED ? "STARTED"
                : installed != null && !installed.enabled() ? "DISABLED"
                : !valid(w) ? "FAILED" : w.getPluginState().toString();
        return new PluginStatus(w.getPluginId(), d.getVersion(), d.getPluginDescription(), d.getProvider(),
                d.getRequires(), state, problem(w, installed), w.getPluginPath().getFileName().toString(),
                installed != null, installed != null && installed.enabled(),
                installed == null ? Forcing.NONE.name() : installed.forcing().name());
    }

    private String problem(PluginWrapper w, InstalledPlugin installed) {
        if (!valid(w)) {
            return "needs plugins-api " + w.getDescriptor().getRequires() + ", this Agora provides "
                    + PluginsApi.VERSION;
        }
        if (installed != null && !installed.enabled()) {
            return installed.disabledReason();
        }
        return w.getFailedException() == null ? null : PluginLoader.reason(w.getFailedException());
    }

    /**
     * @return the menu entries of running plugins for {@code location}, in order; a plugin that fails or takes too
     * long to give its entries is left out of this menu, and the failure counts against it
     */
    public List<PluginMenuEntry> menu(MenuLocation location) {
        Map<PluginWrapper, List<NavigationContributor>> contributors = read(() -> manager.getStartedPlugins().stream()
                .collect(Collectors.toMap(Function.identity(),
                        w -> manager.getExtensions(NavigationContributor.class, w.getPluginId()))));
        List<PluginMenuEntry> entries = new ArrayList<>();
        contributors.forEach((w, list) -> list.forEach(c -> {
            try {
                // outside the lock: a failure may switch the plugin off, which takes the write lock
                call(w, () -> c.entries(location)).forEach(e -> entries.add(new PluginMenuEntry(w.getPluginId(),
                        e.label(), "/m/" + w.getPluginId() + e.path(), e.order())));
            } catch (PluginFailedException e) {
                LOG.warning(() -> "Plugin " + w.getPluginId() + " failed to give its menu: " + e.getMessage());
            }
        }));
        entries.sort(Comparator.comparingInt(PluginMenuEntry::order).thenComparing(PluginMenuEntry::label));
        return entries;
    }

    /** @return the class loader of a running plugin, where its templates and assets are */
    public Optional<ClassLoader> classLoader(String pluginId) {
        return read(() -> started(pluginId).map(PluginWrapper::getPluginClassLoader));
    }

    /** @return true if the plugin runs here and is active in the space, after an administrator's forcing */
    public boolean activeIn(String pluginId, long spaceId) {
        return classLoader(pluginId).isPresent() && spacePlugins.activeIn(pluginId, spaceId);
    }

    /**
     * Calls the page handler of a running, enabled plugin, on a managed thread with the configured time limit. A
     * {@code space} parameter names the space the page is about: the viewer must be able to read it and the plugin
     * must be active there.
     *
     * @return empty if no running plugin with that id has a page handler
     * @throws UnknownItemException   if the plugin is not active in the requested space
     * @throws PluginFailedException  if the handler threw or ran too long; enough of those switch the plugin off
     */
    public Optional<PageResult> handle(String pluginId, PageRequest request) {
        Optional<InstalledPlugin> installed = registry.find(pluginId);
        follow(pluginId, installed.orElse(null));
        if (installed.isEmpty() || !installed.get().enabled()) {
            return Optional.empty();
        }
        Optional<PluginWrapper> plugin = read(() -> started(pluginId));
        List<PageHandler> handlers = read(() -> plugin.isEmpty() ? List.<PageHandler>of()
                : manager.getExtensions(PageHandler.class, pluginId));
        if (handlers.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> space = request.parameter("space");
        if (space.isPresent()) {
            spacePlugins.requireActive(pluginId, space.get(), request.viewer().id());
        }
        PluginContext context = context(pluginId);
        PageResult result = call(plugin.get(), () -> handlers.getFirst().handle(request, context));
        if (installed.get().failures() > 0) {
            registry.succeed(pluginId);
        }
        return Optional.of(result);
    }

    /**
     * Reports a failure of a plugin found outside its handler, such as a template that does not render; it counts
     * towards switching the plugin off.
     */
    public void reportFailure(String pluginId, Throwable failure) {
        failed(pluginId, PluginLoader.reason(failure));
    }

    private <T> T call(PluginWrapper plugin, Callable<T> work) {
        String id = plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        Future<T> future = executor.submit(() -> PluginLoader.withClassLoader(loader, work));
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

    private PluginFailedException failed(String pluginId, String reason) {
        LOG.warning(() -> "Plugin " + pluginId + " failed: " + reason);
        if (registry.fail(pluginId, reason, config.pluginMaxFailures())) {
            LOG.warning(() -> "Plugin " + pluginId + " switched off after " + config.pluginMaxFailures()
                    + " failures in a row");
            write(() -> {
                stopLocally(pluginId);
                return null;
            });
        }
        return new PluginFailedException(pluginId, reason);
    }

    private PluginContext context(String pluginId) {
        RecordStore store = new ScopedRecordStore(pluginId, records);
        return new PluginContext() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public RecordStore records() {
                return store;
            }

            @Override
            public String renderMarkdown(String markdown) {
                return RichText.toHtml(markdown);
            }
        };
    }

    private Optional<PluginWrapper> started(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        return w != null && w.getPluginState() == PluginState.STARTED ? Optional.of(w) : Optional.empty();
    }

    private static byte[] bytes(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path jar) {
        try {
            return PluginFiles.sha256(jar);
        } catch (IOException e) {
            return "";
        }
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
}
