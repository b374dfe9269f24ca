package org.agora.feed;

import java.time.Instant;

/** Fired inside the transaction that stores a post; observers that act after commit see only committed posts. */
public record PostPublished(long postId, String authorName, String plainText, Instant createdAt) {
}
