package org.agora.search.index;

import java.time.Instant;

/**
 * An item found by a search.
 *
 * @param title       its title or name, or null
 * @param snippetHtml the matching passage, HTML-escaped, with the words found inside {@code <mark>}
 */
public record Hit(String type, long id, String title, String authorName, String spaceName, String snippetHtml,
                  Instant createdAt, String link) {
}
