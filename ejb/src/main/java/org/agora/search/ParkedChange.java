package org.agora.search;

import java.time.Instant;

/**
 * A change the indexer gave up on after its attempts: kept in the outbox for an administrator to put back in line.
 *
 * @param entryId  the outbox row
 * @param attempts how many times it failed
 * @param error    what went wrong the last time
 */
public record ParkedChange(long entryId, String type, long itemId, int attempts, Instant queuedAt, Instant parkedAt,
                           String error) {
}
