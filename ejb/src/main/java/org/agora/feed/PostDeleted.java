package org.agora.feed;

/** Fired inside the transaction that deletes a post. */
public record PostDeleted(long postId) {
}
