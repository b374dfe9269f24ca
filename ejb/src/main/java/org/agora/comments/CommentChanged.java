package org.agora.comments;

/** Fired inside the transaction that writes, edits or deletes a comment; search observes it. */
public record CommentChanged(long commentId) {
}
