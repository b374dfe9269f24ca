package org.agora.search;

/**
 * One change waiting in the outbox: an item to take into the index again, or to remove from it if it is gone.
 *
 * @param entryId the outbox row
 */
public record OutboxChange(long entryId, String type, long itemId) {
}
