package org.agora.engagement;

import java.util.List;
import org.agora.comments.CommentView;
import org.agora.reactions.ReactionSummary;

/**
 * What a reader sees under a post in a feed: comments, reactions and whether they saved it.
 *
 * @param commentCount   every comment and reply on the post
 * @param recentComments the newest few top-level comments, oldest of them first
 * @param reactions      the counts per kind and the reader's own reaction
 * @param bookmarked     true if the reader saved the post
 * @param canWrite       true if the reader may comment and react
 */
public record Engagement(long postId, long commentCount, List<CommentView> recentComments,
                         ReactionSummary reactions, boolean bookmarked, boolean canWrite) {

    public Engagement {
        recentComments = List.copyOf(recentComments);
    }

    /** @return true if the feed shows fewer comments than the post has */
    public boolean hasMoreComments() {
        return commentCount > recentComments.size();
    }
}
