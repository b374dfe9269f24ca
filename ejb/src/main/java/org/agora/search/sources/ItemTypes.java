package org.agora.search.sources;

/** The types of Agora's own searchable items. */
public final class ItemTypes {

    public static final String POST = "post";
    public static final String COMMENT = "comment";
    public static final String PERSON = "person";
    public static final String SPACE = "space";
    public static final String DOCUMENT = "document";
    public static final String MESSAGE = "message";

    private ItemTypes() {
    }
}
