package org.agora.feed;

/** Fired inside the transaction that deletes a post, before the post itself is removed. */
public record PostDeleted(long postId) {
}
