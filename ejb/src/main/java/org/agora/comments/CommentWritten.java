package org.agora.comments;

/**
 * Fired in the transaction that stores a new comment or reply.
 *
 * @param parentAuthorId the author of the comment replied to, or null for a comment on the post
 */
public record CommentWritten(long postId, long commentId, long authorId, Long parentAuthorId) {
}
