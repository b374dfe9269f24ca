package org.agora.search.index;

import java.time.Instant;

/**
 * An item found by a search.
 *
 * @param title       its title or name, or null
 * @param authorId    its author, or null (for people and spaces, and items indexed before authors were stored)
 * @param snippetHtml the matching passage, HTML-escaped, with the words found inside {@code <mark>}
 */
public record Hit(String type, long id, String title, Long authorId, String authorName, String spaceName, String snippetHtml,
                  Instant createdAt, String link) {
}
