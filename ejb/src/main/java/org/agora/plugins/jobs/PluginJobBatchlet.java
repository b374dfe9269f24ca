package org.agora.plugins.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.plugins.api.BackgroundJob;
import org.agora.plugins.api.JobState;
import org.agora.plugins.api.JobStep;
import org.agora.plugins.extensions.PluginContexts;
import org.agora.plugins.extensions.PluginRunner;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginRuntime;

/**
 * Runs a plugin's background job part after part, each on a plugin thread within {@link #PART_LIMIT}, committing
 * what each part did before the next starts. A plugin that is stopped, fails or overruns ends the job as failed.
 */
@Dependent
@Named("pluginJobBatchlet")
public class PluginJobBatchlet extends AbstractBatchlet {

    static final Duration PART_LIMIT = Duration.ofSeconds(30);

    @Inject
    @BatchProperty
    String job;

    @EJB
    PluginJobService jobs;

    @Inject
    PluginRuntime plugins;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginRunner runner;

    private volatile boolean stopped;

    @Override
    public String process() throws Exception {
        long id = Long.parseLong(job);
        if (!jobs.begin(id)) {
            return "ENDED";
        }
        while (!stopped) {
            PluginJob current = jobs.find(id).orElseThrow();
            if (current.status().ended()) {
                return "ENDED";
            }
            Optional<PluginExtension<BackgroundJob>> extension = extension(current);
            if (extension.isEmpty()) {
                jobs.fail(id, "The module " + current.getPluginId() + " is not running, or has no job "
                        + current.getName() + ".");
                return "FAILED";
            }
            Map<String, String> state = current.state();
            JobState input = new JobState(id, current.getStartedBy(), current.parameters(), state);
            JobStep step;
            try {
                step = part(extension.get(), input);
            } catch (Exception e) {
                jobs.fail(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                return "FAILED";
            }
            if (!jobs.record(id, current.status().done(), state, step)) {
                return "MOVED";
            }
            if (step.finished()) {
                return "FINISHED";
            }
        }
        return "STOPPED";
    }

    private Optional<PluginExtension<BackgroundJob>> extension(PluginJob job) {
        for (PluginExtension<BackgroundJob> e : plugins.extensions(job.getPluginId(), BackgroundJob.class)) {
            if (job.getName().equals(plugins.call(job.getPluginId(), () -> e.extension().name()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** One part, on a plugin thread, cut off after {@link #PART_LIMIT}. */
    private JobStep part(PluginExtension<BackgroundJob> extension, JobState input) throws Exception {
        AtomicReference<JobStep> done = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try {
            runner.start(extension, "background job part", PART_LIMIT, () -> {
                try {
                    done.set(extension.extension().next(input, contexts.forPlugin(extension.pluginId())));
                } catch (Exception e) {
                    failed.set(e);
                }
            }, null).get();
        } catch (CancellationException | ExecutionException e) {
            throw new IllegalStateException("A part of the job took longer than " + PART_LIMIT.toSeconds() + " s.");
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        if (done.get() == null) {
            throw new IllegalStateException("A part of the job took longer than " + PART_LIMIT.toSeconds() + " s.");
        }
        return done.get();
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
