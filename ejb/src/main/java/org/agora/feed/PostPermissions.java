package org.agora.feed;

/**
 * What a reader may do with a post.
 *
 * @param canEdit        the author edits their post (not in an archived space)
 * @param canDelete      the author, the space's moderators and administrators delete it
 * @param canSeeHistory  the author, the space's moderators and administrators see former versions
 * @param canPin         the space's moderators pin a post at the top of the space's feed
 * @param pinned         the post is pinned
 */
public record PostPermissions(boolean canEdit, boolean canDelete, boolean canSeeHistory, boolean canPin,
                              boolean pinned) {
}
