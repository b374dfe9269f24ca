package org.agora.plugins.extensions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.PeriodicTask;

/**
 * Runs the {@link PeriodicTask}s of running plugins: a clock ticks every two seconds and starts the tasks that are
 * due, one run of a task at a time, each cut off at its time limit. Tasks of plugins started later are picked up at
 * the next tick, and those of stopped plugins are no longer run.
 */
@Singleton
@Startup
@DependsOn("PluginHost")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginScheduler {

    static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(10);
    static final Duration LONGEST_LIMIT = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(PluginScheduler.class.getName());

    @Inject
    PluginRuntime host;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginRunner runner;

    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> clock;

    @PostConstruct
    void start() {
        clock = runner.executor().scheduleWithFixedDelay(this::tick, 2, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        clock.cancel(false);
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            for (PluginExtension<PeriodicTask> task : host.extensions(PeriodicTask.class)) {
                try {
                    startIfDue(task, now);
                } catch (PluginFailedException e) {
                    // counted by the host; the other plugins' tasks still start
                    LOG.warning(() -> "Plugin " + task.pluginId() + " failed to schedule its task: " + e.getMessage());
                }
            }
        } catch (Exception | LinkageError e) {
            // the clock must keep ticking whatever one plugin does
            LOG.log(Level.WARNING, "Periodic tasks could not be started", e);
        }
    }

    private void startIfDue(PluginExtension<PeriodicTask> task, Instant now) {
        String key = task.pluginId() + "/" + task.extension().getClass().getName();
        // interval and limit are plugin code too: time-limited and counted like any call into a plugin
        Duration interval = bounded(host.call(task.pluginId(), () -> task.extension().interval()),
                SHORTEST_INTERVAL, null);
        Instant next = due.computeIfAbsent(key, k -> now.plus(interval));
        if (!now.isBefore(next) && running.add(key)) {
            due.put(key, now.plus(interval));
            Duration limit;
            try {
                limit = bounded(host.call(task.pluginId(), () -> task.extension().timeLimit()),
                        Duration.ofSeconds(1), LONGEST_LIMIT);
            } catch (PluginFailedException e) {
                running.remove(key);
                throw e;
            }
            runner.start(task, "periodic task " + task.extension().getClass().getSimpleName(), limit,
                    () -> task.extension().run(contexts.forPlugin(task.pluginId())),
                    () -> running.remove(key));
        }
    }

    private static Duration bounded(Duration value, Duration least, Duration most) {
        Duration d = value == null || value.compareTo(least) < 0 ? least : value;
        return most != null && d.compareTo(most) > 0 ? most : d;
    }
}
