package org.agora.feed;

import org.agora.feed.model.PostAccess;

/**
 * What a reader may do around a post they may read, as {@link PostAccess} decides: comment and react where they
 * may write, moderate where they manage.
 *
 * @param postId      the post
 * @param canWrite    true if the reader may comment and react: any member on the company feed, a member of an
 *                    active space in a space
 * @param canModerate true if the reader may delete others' comments: a space's owner or moderators, administrators
 */
public record PostRights(long postId, boolean canWrite, boolean canModerate) {

    static PostRights of(long postId, PostAccess access) {
        return new PostRights(postId, access.canWrite(), access.canModerate());
    }
}
