package org.agora.search;

/**
 * Tells search, inside the transaction of a change, that an item of a {@link SearchSource}'s type changed or went.
 * The host's own events (posts, comments, people, spaces, documents) are observed directly; content without such an
 * event fires this one.
 */
public record SearchItemChanged(String type, long id) {
}
