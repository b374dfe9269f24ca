package org.agora.plugins.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.agora.plugins.api.BackgroundJob;
import org.agora.plugins.api.JobState;
import org.agora.plugins.api.JobStep;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.api.PluginContext;

/**
 * The test host's background jobs: the jobs {@link TestHost#declaring declared} can be started; they wait until the
 * test runs them part after part with {@link TestHost#runJobs()} or {@link TestHost#runJobPart()}.
 */
public final class TestJobs implements Jobs {

    private final Map<String, BackgroundJob> declared = new LinkedHashMap<>();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private final Supplier<PluginContext> context;

    private static final class Job {
        final JobStatus first;
        final Map<String, String> parameters;
        Map<String, String> state = Map.of();
        JobStatus status;

        Job(JobStatus status, Map<String, String> parameters) {
            this.first = status;
            this.status = status;
            this.parameters = Map.copyOf(parameters);
        }
    }

    TestJobs(Supplier<PluginContext> context) {
        this.context = context;
    }

    synchronized void declare(BackgroundJob job) {
        declared.put(job.name(), job);
    }

    @Override
    public synchronized long start(String name, Map<String, String> parameters, long startedBy) {
        if (!declared.containsKey(name)) {
            throw new IllegalArgumentException("the plugin has no background job " + name);
        }
        int size = parameters.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        if (size > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a job's parameters hold at most " + MAX_PARAMETERS + " characters");
        }
        long id = jobs.size() + 1L;
        jobs.put(id, new Job(new JobStatus(id, name, startedBy, State.QUEUED, 0, 0, ""), parameters));
        return id;
    }

    @Override
    public synchronized Optional<JobStatus> status(long id) {
        return Optional.ofNullable(jobs.get(id)).map(j -> j.status);
    }

    /** Runs one part of the first job not ended; false if none is left. */
    synchronized boolean runPart() {
        for (Job job : jobs.values()) {
            if (!job.status.ended()) {
                JobStatus s = job.status;
                try {
                    JobStep step = declared.get(s.name()).next(new JobState(s.id(), s.startedBy(), job.parameters,
                            job.state), context.get());
                    job.state = step.state();
                    job.status = new JobStatus(s.id(), s.name(), s.startedBy(),
                            step.finished() ? State.FINISHED : State.RUNNING, step.done(), step.total(),
                            step.finished() ? step.report() : "");
                } catch (Exception e) {
                    job.status = new JobStatus(s.id(), s.name(), s.startedBy(), State.FAILED, s.done(), s.total(),
                            String.valueOf(e.getMessage()));
                }
                return true;
            }
        }
        return false;
    }

    /** @return every job started, in order */
    synchronized List<JobStatus> all() {
        List<JobStatus> all = new ArrayList<>();
        jobs.values().forEach(j -> all.add(j.status));
        return all;
    }
}
