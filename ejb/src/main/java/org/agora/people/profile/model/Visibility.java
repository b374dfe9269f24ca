package org.agora.people.profile.model;

/** Who may see one field of a profile. */
public enum Visibility {
    /** every signed-in colleague */
    EVERYONE,
    /** colleagues who are active members of at least one space with the person */
    SPACES,
    /** the person alone */
    ONLY_ME;

    /** @return true if a viewer standing in this relation to the person may see the field */
    public boolean shows(Relation relation) {
        return switch (this) {
            case EVERYONE -> true;
            case SPACES -> relation != Relation.COLLEAGUE;
            case ONLY_ME -> relation == Relation.SELF;
        };
    }

    /** @return the visibility named, or null if the name is none */
    public static Visibility parse(String name) {
        if (name == null) {
            return null;
        }
        for (Visibility v : values()) {
            if (v.name().equals(name.strip())) {
                return v;
            }
        }
        return null;
    }
}
