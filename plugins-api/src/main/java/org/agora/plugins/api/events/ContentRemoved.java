package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * One of the plugin's content items was deleted through Agora rather than by the plugin: its author or a moderator
 * deleted it from the feed or its discussion page. Only the plugin that published the item hears it; it should drop
 * the payload it kept.
 *
 * @param contentId the item
 * @param type      its content type key
 * @param at        when
 * @since 1.1.0
 */
public record ContentRemoved(long contentId, String type, Instant at) implements HostEvent {
}
