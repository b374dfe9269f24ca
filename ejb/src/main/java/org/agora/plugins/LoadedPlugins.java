package org.agora.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.agora.config.AgoraConfig;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.agora.plugins.lifecycle.JarDescriptor;
import org.agora.plugins.lifecycle.JarInspection;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.validation.InvalidInputException;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The plugin jars of this node's folder: those PF4J loaded, and those it could not load with why; PF4J's manager is
 * not thread-safe, so calls read under a read lock and changes take the write lock. {@link PluginHost} changes them,
 * {@link PluginDispatch} calls them.
 */
@ApplicationScoped
public class LoadedPlugins {

    private static final Logger LOG = Logger.getLogger(LoadedPlugins.class.getName());

    @Inject
    AgoraConfig config;

    @EJB
    PluginRegistry registry;

    private Path folder;
    private PluginManager manager;
    private JarInspection inspection;
    /** Jars of the folder this node could not load, by path, with why. */
    private final Map<Path, PluginStatus> unreadable = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @PostConstruct
    void open() {
        folder = config.pluginsDir().toAbsolutePath();
        manager = PluginLoader.newManager(folder);
        inspection = new JarInspection(config.pluginsMaxBytes(), PluginsApi.VERSION, manager.getVersionManager());
    }

    @PreDestroy
    void close() {
        // stopPlugins() of PF4J 3.15 fails on redeploy; unloading stops each plugin too
        manager.unloadPlugins();
    }

    public Path folder() {
        return folder;
    }

    public PluginManager manager() {
        return manager;
    }

    public JarInspection inspection() {
        return inspection;
    }

    /** @return the jars this node could not load, each with why */
    public Collection<PluginStatus> unreadable() {
        return unreadable.values();
    }

    /**
     * Writes the jars the database records that this node does not run yet, then loads the jars dropped into the
     * folder since the last scan (a newer version of an installed plugin upgrades it).
     */
    public void scan() {
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
    }

    /** @return true if PF4J loaded that jar */
    public boolean loaded(Path jar) {
        return manager.getPlugins().stream().anyMatch(w -> w.getPluginPath().equals(jar));
    }

    /** Loads a jar found in the folder, upgrading the loaded plugin of the same id if the jar is newer. */
    public void loadDropped(Path jar) {
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

    /** Loads a jar, or lists it as unreadable with why. */
    public void load(Path jar) {
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

    /** Unloads the running version, closing its class loader so that its jar can go, then loads the new jar. */
    public void replace(PluginWrapper current, Path newJar) {
        Path oldJar = current.getPluginPath();
        manager.unloadPlugin(current.getPluginId());
        if (!oldJar.equals(newJar)) {
            PluginFiles.delete(oldJar);
        }
        load(newJar);
    }

    /**
     * Writes the jar the database records for an installed plugin into this node's folder when this node does not
     * run that version yet, as on a new node or after another node installed or upgraded it.
     */
    public void materialize(InstalledPlugin installed) {
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

    /** @return true if the plugin fits the plugins API of this Agora */
    public boolean valid(PluginWrapper w) {
        return manager.getVersionManager().checkVersionConstraint(PluginsApi.VERSION, w.getDescriptor().getRequires());
    }

    /** Refuses to take away a plugin that another loaded plugin cannot run without. */
    public void checkNotNeeded(String pluginId) {
        List<String> dependents = manager.getPlugins().stream()
                .filter(w -> !w.getPluginId().equals(pluginId))
                .filter(w -> w.getDescriptor().getDependencies().stream()
                        .anyMatch(dep -> !dep.isOptional() && dep.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).sorted().toList();
        if (!dependents.isEmpty()) {
            throw new InvalidInputException("plugin", "error.plugin.neededBy", pluginId, String.join(", ", dependents));
        }
    }

    /** @return the plugin, if it is started on this node */
    public Optional<PluginWrapper> started(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        return w != null && w.getPluginState() == PluginState.STARTED ? Optional.of(w) : Optional.empty();
    }

    /** @return the version of the plugin, if it is started on this node */
    public Optional<String> runningVersion(String pluginId) {
        return started(pluginId).map(w -> w.getDescriptor().getVersion());
    }

    /** @return what {@code work} returns, run under the read lock */
    public <T> T read(Callable<T> work) {
        return locked(lock.readLock(), work);
    }

    /** @return what {@code work} returns, run under the write lock */
    public <T> T write(Callable<T> work) {
        return locked(lock.writeLock(), work);
    }

    private static <T> T locked(Lock l, Callable<T> work) {
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
