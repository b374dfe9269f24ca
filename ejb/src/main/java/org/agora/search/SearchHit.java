package org.agora.search;

import java.time.Instant;

/**
 * A post found by a search.
 *
 * @param snippetHtml the matching passage, HTML-escaped, with the words found inside {@code <mark>}
 */
public record SearchHit(long postId, String authorName, String snippetHtml, Instant createdAt) {
}
