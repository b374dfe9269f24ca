package org.agora.comments;

import java.time.Instant;
import java.util.List;
import org.agora.reactions.ReactionSummary;

/**
 * A comment as a reader sees it; {@code html} is already sanitised.
 *
 * @param parentId  the top-level comment this one replies to, or null
 * @param markdown  the source, for the author's edit form
 * @param editedAt  when the author last changed the text, or null
 * @param replies   the replies, oldest first (always empty for a reply)
 * @param canEdit   true if the reader wrote it
 * @param canDelete true if the reader wrote it or moderates where the post is
 */
public record CommentView(long id, long postId, Long parentId, long authorId, String authorName, String html,
                          String markdown, Instant createdAt, Instant editedAt, ReactionSummary reactions,
                          List<CommentView> replies, boolean canEdit, boolean canDelete) {

    public CommentView {
        replies = List.copyOf(replies);
    }

    public boolean edited() {
        return editedAt != null;
    }
}
