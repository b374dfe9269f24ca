package org.agora.spaces;

/** Fired inside the transaction in which an invitee accepts or declines an invitation to a space. */
public record InvitationAnswered(String spaceSlug, long personId) {
}
