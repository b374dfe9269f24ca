package org.agora.plugins.api.content;

import java.time.Instant;
import java.util.Objects;

/**
 * A content item of the plugin as the host keeps it.
 *
 * @param id             the item's id, the same as the host's post id
 * @param type           the plugin's content type key
 * @param authorId       who published it
 * @param authorName     their name, or the host's name for a former employee
 * @param spaceId        its space, or null for company-wide content
 * @param title          its title
 * @param path           where it is read, below the plugin's prefix
 * @param createdAt      when it was published
 * @param editedAt       when it was last updated, or null
 * @param comments       how many comments it has
 * @param reactions      how many reactions it has
 * @param discussionPath the host page (absolute inside Agora, such as {@code /posts/42}) where people comment and
 *                       react on it
 * @param anonymous      true for an item published with {@link ContentItems#publishAnonymously}: then
 *                       {@code authorId} and {@code authorName} are the host's anonymous author, never the person
 *                       who wrote it (since 1.3.0)
 * @since 1.1.0
 */
public record ContentItem(long id, String type, long authorId, String authorName, Long spaceId, String title,
                          String path, Instant createdAt, Instant editedAt, long comments, long reactions,
                          String discussionPath, boolean anonymous) {

    public ContentItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(discussionPath, "discussionPath");
    }

    /** An item with a visible author, as plugins API 1.1 and 1.2 built it. */
    public ContentItem(long id, String type, long authorId, String authorName, Long spaceId, String title,
                       String path, Instant createdAt, Instant editedAt, long comments, long reactions,
                       String discussionPath) {
        this(id, type, authorId, authorName, spaceId, title, path, createdAt, editedAt, comments, reactions,
                discussionPath, false);
    }
}
