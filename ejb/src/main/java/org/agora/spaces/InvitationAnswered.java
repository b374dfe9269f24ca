package org.agora.spaces;

/**
 * Fired inside the transaction in which an invitee accepts or declines an invitation to a space, or a manager
 * cancels it.
 */
public record InvitationAnswered(String spaceSlug, long personId) {
}
