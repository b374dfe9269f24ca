package org.agora.spaces.model;

/** Who can find a space and read what is in it. */
public enum SpaceKind {
    /** Listed; anyone reads it and may join. */
    PUBLIC,
    /** Listed; only members read it; others ask to join or are invited. */
    PRIVATE,
    /** Not listed; only members know it exists; invitation only. */
    SECRET
}
