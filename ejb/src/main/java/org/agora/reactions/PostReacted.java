package org.agora.reactions;

/** Fired in the transaction that stores a person's first reaction to a post (not when they change its kind). */
public record PostReacted(long postId, long personId) {
}
