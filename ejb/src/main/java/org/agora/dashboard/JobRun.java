package org.agora.dashboard;

import java.time.Instant;

/**
 * One run of a batch job, as the job repository tells it.
 *
 * @param job    the job's name, such as {@code employee-import}
 * @param status the batch status: STARTING, STARTED, COMPLETED, FAILED, STOPPED...
 */
public record JobRun(String job, long executionId, String status, Instant startedAt, Instant endedAt) {

    public boolean failed() {
        return "FAILED".equals(status) || "ABANDONED".equals(status) || "STOPPED".equals(status);
    }

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }
}
