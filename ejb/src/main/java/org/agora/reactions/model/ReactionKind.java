package org.agora.reactions.model;

/**
 * The reactions a person may leave on a post or a comment, in the order the page shows them; views word them in
 * the reader's language ({@code reaction.LIKE} ... in the message bundle).
 */
public enum ReactionKind {
    LIKE, RECOMMEND, INTERESTED;

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
