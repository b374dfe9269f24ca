package org.agora.plugins.api;

import java.util.Map;
import java.util.Optional;

/**
 * Starts the plugin's {@link BackgroundJob}s and tells how they are doing.
 *
 * @since 1.3.0
 */
public interface Jobs {

    /** The most text a job's parameters hold in all: a file of a few megabytes. */
    int MAX_PARAMETERS = 4_000_000;

    /**
     * Starts one of the plugin's background jobs.
     *
     * @param name       the job's {@link BackgroundJob#name()}
     * @param parameters what every part of it reads, at most {@value #MAX_PARAMETERS} characters in all
     * @param startedBy  the person starting it, who may follow its progress
     * @return the job's id
     * @throws IllegalArgumentException if the plugin has no job of that name or the parameters are too large
     */
    long start(String name, Map<String, String> parameters, long startedBy);

    /**
     * @param id a job's id
     * @return the job, if it is one of this plugin's
     */
    Optional<JobStatus> status(long id);

    /**
     * How a job is doing.
     *
     * @param id        its id
     * @param name      its name
     * @param startedBy who started it
     * @param state     where it is
     * @param done      how much is done
     * @param total     how much there is, or 0 if unknown
     * @param report    what it reported when it ended (a failed job: why), else empty
     */
    record JobStatus(long id, String name, long startedBy, State state, long done, long total, String report) {

        /** @return true once it finished or failed */
        public boolean ended() {
            return state == State.FINISHED || state == State.FAILED;
        }
    }

    /** Where a job is. */
    enum State { QUEUED, RUNNING, FINISHED, FAILED }
}
