package org.agora.plugins.api;

import java.util.Map;
import java.util.Objects;

/**
 * What one part of a {@link BackgroundJob} did.
 *
 * @param state    what the next part needs (such as the next line to read), at most 100 entries of short text
 * @param done     how much of the work is done, in the job's own unit (lines, people...)
 * @param total    how much work there is in all, or 0 if unknown
 * @param finished true if the work is over
 * @param report   for a finished job, what its starter reads (such as the lines refused and why); else empty
 * @since 1.3.0
 */
public record JobStep(Map<String, String> state, long done, long total, boolean finished, String report) {

    public JobStep {
        state = Map.copyOf(state);
        Objects.requireNonNull(report, "report");
        if (state.size() > 100) {
            throw new IllegalArgumentException("a job's state has at most 100 entries");
        }
        if (done < 0 || total < 0) {
            throw new IllegalArgumentException("a job's progress is not negative");
        }
    }

    /** @return a part after which more work remains */
    public static JobStep working(Map<String, String> state, long done, long total) {
        return new JobStep(state, done, total, false, "");
    }

    /** @return the last part, with the report its starter reads */
    public static JobStep finished(long done, String report) {
        return new JobStep(Map.of(), done, done, true, report);
    }
}
