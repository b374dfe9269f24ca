package org.agora.spaces.model;

/** Where a person stands with a space. */
public enum MembershipStatus {
    /** A member. */
    ACTIVE,
    /** Invited by a member who manages the space; not a member until they accept. */
    INVITED,
    /** Asked to join a private space; not a member until a manager approves. */
    REQUESTED
}
