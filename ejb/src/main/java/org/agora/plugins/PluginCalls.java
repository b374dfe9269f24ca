package org.agora.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.plugins.lifecycle.Breaker;
import org.agora.plugins.lifecycle.PluginRegistry;
import org.agora.plugins.runtime.ContextClassLoader;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.requests.PerRequest;
import org.pf4j.PluginWrapper;

/**
 * Calls into plugin code: on a managed thread, with the plugin's class loader and a time limit, through the plugin's
 * circuit breaker, which the database keeps for every node: a plugin that keeps failing is suspended for a cool-down,
 * then tried again by one call.
 */
@ApplicationScoped
public class PluginCalls {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    @Inject
    AgoraConfig config;

    @EJB
    PluginRegistry registry;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PerRequest perRequest;

    private TimeLimit timeLimit;

    @PostConstruct
    void open() {
        // waiting as long again for a thread is generous: a call that cannot start by then finds the server saturated
        timeLimit = new TimeLimit(executor, config.pluginTimeout(), config.pluginTimeout());
    }

    /**
     * @return what the plugin code returned
     * @throws PluginFailedException if the plugin is suspended, threw, ran longer than the limit or got no thread
     */
    public <T> T call(PluginWrapper plugin, Callable<T> work) {
        String id = plugin.getPluginId();
        Breaker breaker = breaker(id);
        boolean trial = switch (breaker.state(Instant.now())) {
            case CLOSED -> false;
            case OPEN -> throw suspended(id, breaker);
            case HALF_OPEN -> {
                if (!registry.startTrial(id, lease())) {
                    throw suspended(id, breaker);
                }
                LOG.info(() -> "Plugin " + id + " is tried again after its cool-down");
                yield true;
            }
        };
        T result;
        try {
            result = run(plugin, work);
        } catch (TimeLimit.NotCounted e) {
            // not the plugin's failure; an unfinished trial is followed by another once its lease ends
            LOG.warning(() -> "Plugin " + id + " could not answer, not counted as its failure: " + e.getMessage());
            throw e;
        } catch (PluginFailedException e) {
            failed(id, e.getMessage(), trial);
            throw e;
        }
        if (trial) {
            registry.trialSucceeded(id);
            perRequest.forget(BREAKERS);
            LOG.info(() -> "Plugin " + id + " answered its trial call and runs again");
        }
        return result;
    }

    /** @return true if the plugin's breaker is closed: it is neither suspended nor due for a trial call */
    public boolean closed(String id) {
        return breaker(id).state(Instant.now()) == Breaker.State.CLOSED;
    }

    /**
     * A page asks each plugin for its menu entries, its panels and its page: the breakers are read once per request,
     * and read again after a call that changed one.
     */
    private Breaker breaker(String id) {
        return perRequest.remember(BREAKERS, registry::breakers).getOrDefault(id, Breaker.CLOSED);
    }

    private static final PerRequest.Key BREAKERS = new PerRequest.Key("plugin breakers", 0);

    private void failed(String id, String reason, boolean trial) {
        perRequest.forget(BREAKERS);
        LOG.warning(() -> "Plugin " + id + " failed: " + reason);
        Duration coolDown = config.pluginCoolDown();
        if (trial) {
            Breaker open = registry.trialFailed(id, reason, coolDown);
            LOG.warning(() -> "Plugin " + id + " failed its trial call; suspended until " + open.retryAt());
            return;
        }
        Breaker after = registry.fail(id, reason, config.pluginMaxFailures(), coolDown);
        // only the failure that opened the breaker reaches the limit: an open breaker counts no more
        if (after.failures() == config.pluginMaxFailures() && !after.closed()) {
            LOG.warning(() -> "Plugin " + id + " suspended after " + after.failures() + " failures in a row, until "
                    + after.retryAt() + "; then one call tries it again");
        }
    }

    private static PluginFailedException suspended(String id, Breaker breaker) {
        return new PluginFailedException(id, "suspended after " + breaker.failures()
                + " failures in a row, until " + breaker.retryAt());
    }

    /** @return the longest a trial call takes, waiting for a thread included: others wait for it meanwhile */
    private Duration lease() {
        return config.pluginTimeout().multipliedBy(2).plusSeconds(1);
    }

    /**
     * Runs plugin code outside the breaker, such as starting the plugin: time-limited, but not counted. A failure
     * leaves the plugin FAILED on this node.
     */
    public <T> T run(PluginWrapper plugin, Callable<T> work) {
        ClassLoader loader = plugin.getPluginClassLoader();
        return timeLimit.run(plugin.getPluginId(), () -> ContextClassLoader.run(loader, work));
    }
}
