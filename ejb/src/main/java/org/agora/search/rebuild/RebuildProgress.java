package org.agora.search.rebuild;

import java.time.Instant;

/**
 * How the latest rebuild of the search index goes.
 *
 * @param status the batch status, such as {@code STARTED} or {@code COMPLETED}
 * @param done   how many items it has read
 * @param total  how many items there were when it started
 */
public record RebuildProgress(long executionId, String status, long done, long total, Instant startedAt,
                              Instant endedAt) {

    /** @return true while the job runs */
    public boolean running() {
        return endedAt == null && !status.equals("FAILED") && !status.equals("STOPPED")
                && !status.equals("ABANDONED") && !status.equals("COMPLETED");
    }

    /** @return how far it got, 0 to 100 */
    public int percent() {
        if (status.equals("COMPLETED")) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
