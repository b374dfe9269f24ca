package org.agora.search.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Something the index holds, as a document source describes it.
 *
 * @param type      what kind of thing it is, such as {@code post}; sources of plugins bring their own
 * @param spaceId   the space whose readers may see it, or 0 if every employee may
 * @param spaceName the name of that space, or null
 * @param title     its name or title, or null if it has none (posts, comments)
 * @param text      its searchable text
 * @param authorId  the person who wrote it, or 0
 * @param hashtags  its hashtags, lower case, without {@code #}
 * @param parent    the key of the item it belongs to (a comment's post), removed along with it; or null
 * @param link      where the reader opens it
 * @param language  its declared language, or null to detect it from the text
 * @param kind      what the type facet and the results call it when it is more precise than {@code type}, such as
 *                  {@code wiki.page} for a plugin's content item; or null
 * @param conversationId the conversation whose readers alone may find it (a message), whatever else they may read;
 *                  or 0
 */
public record SearchItem(String type, long id, long spaceId, String spaceName, String title, String text,
                         long authorId, String authorName, Instant createdAt, Set<String> hashtags, String parent,
                         String link, Language language, String kind, long conversationId) {

    public SearchItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        text = text == null ? "" : text;
        hashtags = hashtags == null ? Set.of() : Set.copyOf(hashtags);
    }

    /** An item found by the readers of its space. */
    public SearchItem(String type, long id, long spaceId, String spaceName, String title, String text,
                      long authorId, String authorName, Instant createdAt, Set<String> hashtags, String parent,
                      String link, Language language, String kind) {
        this(type, id, spaceId, spaceName, title, text, authorId, authorName, createdAt, hashtags, parent, link,
                language, kind, 0);
    }

    /** An item named by its type. */
    public SearchItem(String type, long id, long spaceId, String spaceName, String title, String text,
                      long authorId, String authorName, Instant createdAt, Set<String> hashtags, String parent,
                      String link, Language language) {
        this(type, id, spaceId, spaceName, title, text, authorId, authorName, createdAt, hashtags, parent, link,
                language, null);
    }

    /** @return what the type facet counts it as */
    public String facetType() {
        return kind != null ? kind : type;
    }

    /** @return the key the index stores it under */
    public String key() {
        return Fields.key(type, id);
    }

    /** @return its declared language, or the one its title and text are written in */
    public Language effectiveLanguage() {
        return language != null ? language : Language.detect(text);
    }
}
