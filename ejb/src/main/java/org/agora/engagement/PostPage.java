package org.agora.engagement;

import java.util.List;
import org.agora.comments.CommentView;
import org.agora.feed.PostView;

/**
 * A post's own page: the post, what is under it, and every comment with its replies.
 *
 * @param comments top-level comments oldest first, each with its replies
 */
public record PostPage(PostView post, Engagement engagement, List<CommentView> comments) {

    public PostPage {
        comments = List.copyOf(comments);
    }
}
