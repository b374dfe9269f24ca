package org.agora.feed;

/**
 * A plugin's content item was deleted by someone through Agora (its author or a moderator), not by its plugin; the
 * plugin is told after commit.
 */
public record ItemRemoved(long postId, String pluginId, String type) {
}
