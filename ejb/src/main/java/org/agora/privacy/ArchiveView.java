package org.agora.privacy;

import java.time.Instant;

/**
 * An archive of someone's data as its page shows it.
 *
 * @param status   QUEUED, WRITING, READY or FAILED
 * @param progress how much is written, in percent
 * @param expired  true once the download link no longer works
 */
public record ArchiveView(String token, String status, int progress, Long size, Instant createdAt,
                          Instant expiresAt, boolean expired) {

    public boolean running() {
        return !expired && (status.equals("QUEUED") || status.equals("WRITING"));
    }

    public boolean downloadable() {
        return !expired && status.equals("READY");
    }
}
