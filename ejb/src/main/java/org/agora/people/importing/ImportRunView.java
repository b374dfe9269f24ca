package org.agora.people.importing;

import java.time.Instant;

/** The state of an employee import, for the admin page. */
public record ImportRunView(long id, Long executionId, String fileName, String status, int totalRows, int processedRows, int created,
                            int updated, int unchanged, int rejected, Instant startedAt, Instant finishedAt) {

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }

    /** @return progress from 0 to 100 */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(99, processedRows * 100 / totalRows);
    }
}
