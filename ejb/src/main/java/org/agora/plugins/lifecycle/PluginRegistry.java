package org.agora.plugins.lifecycle;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import org.agora.validation.UnknownItemException;

/**
 * The installed plugins in the database. Each method is one transaction, so a node's plugin host sees what another
 * node decided at its next call.
 */
@Stateless
public class PluginRegistry {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return every installed plugin, by id */
    public List<InstalledPlugin> all() {
        return em.createQuery("SELECT p FROM PluginInstallation p ORDER BY p.pluginId", PluginInstallation.class)
                .getResultStream().map(InstalledPlugin::of).toList();
    }

    /** @return the installed plugin with that id, if any */
    public Optional<InstalledPlugin> find(String pluginId) {
        return Optional.ofNullable(em.find(PluginInstallation.class, pluginId)).map(InstalledPlugin::of);
    }

    /**
     * Records a newly installed plugin, enabled company-wide, with its jar for the other nodes; does nothing if the id
     * is known already.
     */
    public InstalledPlugin register(JarDescriptor descriptor, String jarName, String sha256, byte[] jar) {
        PluginInstallation existing = em.find(PluginInstallation.class, descriptor.id());
        if (existing != null) {
            return InstalledPlugin.of(existing);
        }
        PluginInstallation installed = new PluginInstallation(descriptor.id(), descriptor.version(), jarName, sha256,
                Instant.now());
        em.persist(installed);
        em.flush();
        em.persist(new PluginJarContent(descriptor.id(), jar));
        return InstalledPlugin.of(installed);
    }

    /** @return the jar of an installed plugin, as it was installed last */
    public Optional<byte[]> jar(String pluginId) {
        return Optional.ofNullable(em.find(PluginJarContent.class, pluginId)).map(PluginJarContent::content);
    }

    /**
     * Records that {@code pluginId} moved from {@code previousVersion} to a new jar. Only one caller wins when several
     * nodes see the new version at once, so the upgrade hook runs once.
     *
     * @return true if this call recorded the upgrade
     */
    public boolean recordUpgrade(String pluginId, String previousVersion, JarDescriptor next, String jarName,
                                 String sha256, byte[] jar) {
        // a compare-and-set on the version: a second node that saw the same new jar finds no row left to change
        boolean recorded = em.createQuery("""
                        UPDATE PluginInstallation p SET p.version = :next, p.jarName = :jar, p.jarSha256 = :sha,
                               p.failures = 0, p.openings = 0, p.retryAt = NULL, p.lastFailure = NULL,
                               p.updatedAt = :now
                        WHERE p.pluginId = :id AND p.version = :previous""")
                .setParameter("next", next.version()).setParameter("jar", jarName).setParameter("sha", sha256)
                .setParameter("now", Instant.now()).setParameter("id", pluginId)
                .setParameter("previous", previousVersion).executeUpdate() == 1;
        if (recorded) {
            PluginJarContent content = em.find(PluginJarContent.class, pluginId);
            if (content == null) {
                em.persist(new PluginJarContent(pluginId, jar));
            } else {
                content.replace(jar);
            }
        }
        return recorded;
    }

    public void enable(String pluginId) {
        installation(pluginId).enable(Instant.now());
    }

    public void disable(String pluginId) {
        installation(pluginId).disable(Instant.now());
    }

    public void force(String pluginId, Forcing forcing) {
        installation(pluginId).force(forcing, Instant.now());
    }

    /** @return the circuit breaker of every installed plugin, by plugin id */
    public Map<String, Breaker> breakers() {
        return all().stream().collect(Collectors.toMap(InstalledPlugin::id, InstalledPlugin::breaker));
    }

    /**
     * Counts a failed call.
     *
     * @return the breaker after it: open if this failure was one too many
     */
    public Breaker fail(String pluginId, String reason, int limit, Duration coolDown) {
        return change(pluginId, b -> b.failed(reason, limit, coolDown, Instant.now()));
    }

    /** A page of the plugin answered: failures count from zero again. */
    public void succeed(String pluginId) {
        change(pluginId, Breaker::succeeded);
    }

    /**
     * Claims the trial call of a half-open breaker; one caller wins, on whichever node.
     *
     * @param lease how long the trial may take; the breaker stays open meanwhile
     * @return true if this caller makes the trial call
     */
    public boolean startTrial(String pluginId, Duration lease) {
        Instant now = Instant.now();
        PluginInstallation p = locked(pluginId);
        if (p == null || p.breaker().state(now) != Breaker.State.HALF_OPEN) {
            return false;
        }
        p.breaker(p.breaker().trialStarted(lease, now));
        return true;
    }

    /** The trial call went well: the breaker closes. */
    public void trialSucceeded(String pluginId) {
        change(pluginId, Breaker::trialSucceeded);
    }

    /** @return the breaker after the failed trial call: open again, for longer */
    public Breaker trialFailed(String pluginId, String reason, Duration coolDown) {
        return change(pluginId, b -> b.trialFailed(reason, coolDown, Instant.now()));
    }

    // the row is locked, so that calls failing at once on several threads or nodes all count
    private Breaker change(String pluginId, UnaryOperator<Breaker> rule) {
        PluginInstallation p = locked(pluginId);
        if (p == null) {
            return Breaker.CLOSED;
        }
        Breaker next = rule.apply(p.breaker());
        p.breaker(next);
        return next;
    }

    private PluginInstallation locked(String pluginId) {
        return em.find(PluginInstallation.class, pluginId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Forgets an uninstalled plugin and the space owners' choices for it. */
    public void remove(String pluginId) {
        PluginInstallation p = em.find(PluginInstallation.class, pluginId);
        if (p != null) {
            em.createQuery("DELETE FROM SpaceActivation a WHERE a.pluginId = :id").setParameter("id", pluginId)
                    .executeUpdate();
            em.createQuery("DELETE FROM PluginJarContent j WHERE j.pluginId = :id").setParameter("id", pluginId)
                    .executeUpdate();
            em.remove(p);
        }
    }

    private PluginInstallation installation(String pluginId) {
        PluginInstallation p = em.find(PluginInstallation.class, pluginId);
        if (p == null) {
            throw new UnknownItemException("error.plugin.unknown");
        }
        return p;
    }
}
