package org.agora.comments;

import java.util.List;

/**
 * The comments of a post as a feed shows them.
 *
 * @param count  every comment and reply on the post
 * @param recent the newest few top-level comments, oldest of them first
 */
public record RecentComments(long count, List<CommentView> recent) {

    public static final RecentComments NONE = new RecentComments(0, List.of());

    public RecentComments {
        recent = List.copyOf(recent);
    }
}
