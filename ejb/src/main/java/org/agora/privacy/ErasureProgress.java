package org.agora.privacy;

import java.util.List;

/**
 * Where an erasure job stands, and its report: one line per step that ran.
 *
 * @param status the batch status of the execution (STARTED, COMPLETED, FAILED...)
 */
public record ErasureProgress(long executionId, long personId, String policy, String status, List<Line> steps) {

    /** The number of steps of the erasure job. */
    static final int STEPS = 6;

    /** A step of the erasure: its name, status and what it did. */
    public record Line(String step, String status, String report) {
    }

    public ErasureProgress {
        steps = List.copyOf(steps);
    }

    /** @return how many of the job's steps are done, for the progress bar */
    public long done() {
        return steps.stream().filter(l -> l.status().equals("COMPLETED")).count();
    }

    /** @return how much of the erasure is done, in percent; all of it once completed, with fewer steps before */
    public long percent() {
        return completed() ? 100 : Math.min(100, done() * 100 / STEPS);
    }

    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    public boolean completed() {
        return status.equals("COMPLETED");
    }

    /** @return true if it stopped before the end and can be resumed */
    public boolean resumable() {
        return status.equals("FAILED") || status.equals("STOPPED");
    }
}
