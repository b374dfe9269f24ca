package org.agora.reactions.model;

/** The reactions a person may leave on a post or a comment, in the order the page shows them. */
public enum ReactionKind {
    LIKE("Like"), RECOMMEND("Recommend"), INTERESTED("Interested");

    private final String label;

    ReactionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return the kind named in a form, or null for anything else */
    public static ReactionKind parse(String name) {
        for (ReactionKind k : values()) {
            if (k.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return k;
            }
        }
        return null;
    }
}
