package org.agora.spaces;

import java.time.Instant;

/**
 * Fired inside the transaction in which a manager invites a person to a space, so that the invitee hears of it.
 *
 * @param spaceSlug the space's address, where the invitation is answered
 * @param spaceName the space's name when invited
 */
public record MemberInvited(String spaceSlug, String spaceName, long personId, long invitedBy, Instant at) {
}
