package org.agora.search.index;

import java.util.List;
import java.util.Locale;

/** The names of the index's fields, in one place for the writer, the query builder and the highlighter. */
public final class Fields {

    /** type and id, such as {@code post:12}: the key updates and deletes go by */
    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    /** the space whose readers may see the item; {@code 0} for what every employee sees */
    public static final String SPACE = "space";
    public static final String SPACE_NAME = "space_name";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_NAME = "author_name";
    public static final String TAG = "tag";
    public static final String TITLE = "title";
    public static final String CREATED = "created";
    /** when the item was last written to the index, so that a rebuild can drop what it did not see */
    public static final String INDEXED = "indexed";
    /** the key of the item this one belongs to, such as the post of a comment */
    public static final String PARENT = "parent";
    public static final String LINK = "link";
    public static final String LANGUAGE = "lang";
    /**
     * the conversation whose readers alone may find the item, plus {@link #IN_CONVERSATION} on every such item, so
     * that one term finds them all
     */
    public static final String CONVERSATION = "conversation";
    public static final String IN_CONVERSATION = "any";
    /** the title and text as written, unstemmed, for prefixes and typo tolerance */
    public static final String WORDS = "words";

    /** every field a query's words are looked for in */
    public static final List<String> SEARCHED = List.of(TITLE, AUTHOR_NAME, textOf(Language.ENGLISH),
            textOf(Language.FRENCH));

    private Fields() {
    }

    /** @return the field holding the text of items in that language */
    public static String textOf(Language language) {
        return "text_" + language.name().substring(0, 2).toLowerCase(Locale.ROOT);
    }

    /** @return the key of an item */
    public static String key(String type, long id) {
        return type + ":" + id;
    }
}
