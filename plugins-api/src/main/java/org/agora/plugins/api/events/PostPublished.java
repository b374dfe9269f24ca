package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * A post was published.
 *
 * @param postId   the post
 * @param spaceId  its space, or 0 for the company-wide feed
 * @param authorId who wrote it
 * @param at       when
 * @since 1.1.0
 */
public record PostPublished(long postId, long spaceId, long authorId, Instant at) implements HostEvent {
}
