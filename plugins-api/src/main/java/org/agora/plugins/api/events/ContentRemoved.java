package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * One of the plugin's content items was removed by the host rather than by the plugin: a moderator deleted it, or
 * its space was deleted. Only the plugin that published the item hears it; it should drop the payload it kept.
 *
 * @param contentId the item
 * @param type      its content type key
 * @param at        when
 * @since 1.1.0
 */
public record ContentRemoved(long contentId, String type, Instant at) implements HostEvent {
}
