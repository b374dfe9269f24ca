package org.agora.spaces.model;

/** A member's role in a space, from most to least powerful. */
public enum SpaceRole {
    OWNER, MODERATOR, MEMBER;

    /** @return true if the role may manage members (invite, approve, remove) */
    public boolean manages() {
        return this == OWNER || this == MODERATOR;
    }
}
