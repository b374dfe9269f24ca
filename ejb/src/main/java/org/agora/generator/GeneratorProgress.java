package org.agora.generator;

import java.time.Instant;

/**
 * How the latest generation goes.
 *
 * @param status the batch status, such as {@code STARTED} or {@code COMPLETED}
 * @param step   the step running or last run: people, spaces, posts, comments, reactions or finish
 * @param done   rows written in that step (in blocks of 1,000)
 * @param total  rows that step writes
 */
public record GeneratorProgress(long executionId, String status, String step, long done, long total,
                                CompanySize size, Instant startedAt, Instant endedAt) {

    /** @return true while the job runs */
    public boolean running() {
        return endedAt == null && (status.equals("STARTING") || status.equals("STARTED")
                || status.equals("STOPPING"));
    }

    /** @return how far the current step got, 0 to 100 */
    public int percent() {
        if (status.equals("COMPLETED")) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
