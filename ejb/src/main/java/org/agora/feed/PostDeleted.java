package org.agora.feed;

/**
 * Fired inside the transaction that deletes a post, before the post itself is removed.
 *
 * @param pluginId the plugin whose content item the post is; null for an ordinary post
 */
public record PostDeleted(long postId, String pluginId) {
}
