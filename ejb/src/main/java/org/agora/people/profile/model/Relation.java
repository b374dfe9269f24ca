package org.agora.people.profile.model;

/** How a viewer stands to the person whose profile they look at. */
public enum Relation {
    /** the person themselves */
    SELF,
    /** a colleague who shares at least one space with the person, both as active members */
    SHARES_SPACE,
    /** any other signed-in colleague */
    COLLEAGUE;

    /** @return the relation of the viewer to the person */
    public static Relation of(long viewerId, long personId, boolean sharesSpace) {
        if (viewerId == personId) {
            return SELF;
        }
        return sharesSpace ? SHARES_SPACE : COLLEAGUE;
    }
}
