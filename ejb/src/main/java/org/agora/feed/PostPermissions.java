package org.agora.feed;

import org.agora.feed.model.PostAccess;

/**
 * What a reader may do with a post, as {@link PostAccess} decides.
 *
 * @param canEdit        the author edits their post (not in an archived space)
 * @param canDelete      the author, the space's moderators and administrators delete it
 * @param canSeeHistory  the author, the space's moderators and administrators see former versions
 * @param canPin         the space's moderators pin a post at the top of the space's feed
 * @param pinned         the post is pinned
 */
public record PostPermissions(boolean canEdit, boolean canDelete, boolean canSeeHistory, boolean canPin,
                              boolean pinned) {

    static PostPermissions of(PostAccess access, boolean pinned) {
        return new PostPermissions(access.canEdit(), access.canDelete(), access.canSeeHistory(), access.canPin(),
                pinned);
    }
}
