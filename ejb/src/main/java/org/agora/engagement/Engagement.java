package org.agora.engagement;

import java.util.List;
import org.agora.attachments.AttachmentView;
import org.agora.comments.CommentView;
import org.agora.reactions.ReactionSummary;

/**
 * What a reader sees with a post in a feed: attachments, comments, reactions and whether they saved it.
 *
 * @param commentCount   every comment and reply on the post
 * @param recentComments the newest few top-level comments, oldest of them first
 * @param reactions      the counts per kind and the reader's own reaction
 * @param bookmarked     true if the reader saved the post
 * @param canWrite       true if the reader may comment and react
 * @param attachments    the files and images attached to the post, in their order
 */
public record Engagement(long postId, long commentCount, List<CommentView> recentComments,
                         ReactionSummary reactions, boolean bookmarked, boolean canWrite,
                         List<AttachmentView> attachments) {

    public Engagement {
        recentComments = List.copyOf(recentComments);
        attachments = List.copyOf(attachments);
    }

    /** @return the attached images, shown as thumbnails */
    public List<AttachmentView> images() {
        return attachments.stream().filter(AttachmentView::image).toList();
    }

    /** @return the attached files that are not images, shown by name and size */
    public List<AttachmentView> files() {
        return attachments.stream().filter(a -> !a.image()).toList();
    }

    /** @return true if the feed shows fewer comments than the post has */
    public boolean hasMoreComments() {
        return commentCount > recentComments.size();
    }
}
