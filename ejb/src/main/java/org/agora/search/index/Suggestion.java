package org.agora.search.index;

/**
 * Something to offer while the reader types.
 *
 * @param type  {@code person}, {@code space} or {@code hashtag}
 * @param label what the reader sees
 * @param link  where choosing it leads
 */
public record Suggestion(String type, String label, String link) {
}
