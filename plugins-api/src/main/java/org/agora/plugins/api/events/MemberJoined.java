package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * A person became an active member of a space: joined it, accepted an invitation, or was let in.
 *
 * @param spaceId  the space
 * @param personId the new member
 * @param at       when
 * @since 1.1.0
 */
public record MemberJoined(long spaceId, long personId, Instant at) implements HostEvent {
}
