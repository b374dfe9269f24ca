package org.agora.spaces;

import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.SpaceRole;

/** A person in a space's member list. */
public record MemberView(long personId, String name, String jobTitle, SpaceRole role, MembershipStatus status) {
}
