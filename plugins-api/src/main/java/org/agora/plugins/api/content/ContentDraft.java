package org.agora.plugins.api.content;

import java.util.Objects;

/**
 * What a plugin publishes or updates as a content item.
 *
 * @param type     a key declared by the plugin's {@link ContentTypeProvider}
 * @param authorId the person publishing or editing; they must be allowed to write where the item is
 * @param spaceId  the space the item belongs to, or null for company-wide content
 * @param title    the item's title, 1 to 200 characters
 * @param markdown the item's text in Markdown, at most 200,000 characters: the host finds its mentions and hashtags,
 *                 shows its start on the card and indexes it for search
 * @param path     where the item is read, below the plugin's prefix, such as {@code /page/42}; when publishing,
 *                 {@value #ID} stands for the new item's id (such as {@code /idea/{id}}), so that a plugin can link
 *                 to its item by the item's own id (since 1.2.0)
 * @since 1.1.0
 */
public record ContentDraft(String type, long authorId, Long spaceId, String title, String markdown, String path) {

    /** In a published draft's path, replaced by the new item's id. */
    public static final String ID = "{id}";

    /** The longest text an item holds. */
    public static final int MAX_TEXT = 200_000;

    public ContentDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(path, "path");
        if (title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("a content title has 1 to 200 characters");
        }
        if (markdown.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a content text has at most " + MAX_TEXT + " characters");
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("a content path starts with a single /: " + path);
        }
    }
}
