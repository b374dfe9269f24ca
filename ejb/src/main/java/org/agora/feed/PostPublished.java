package org.agora.feed;

import java.time.Instant;

/**
 * Fired inside the transaction that stores a post; observers that act after commit see only committed posts.
 *
 * @param spaceId the post's space, or 0 for the company-wide feed
 */
public record PostPublished(long postId, long spaceId, String authorName, String plainText, Instant createdAt) {
}
