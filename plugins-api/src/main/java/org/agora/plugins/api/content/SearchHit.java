package org.agora.plugins.api.content;

import java.time.Instant;
import java.util.Objects;

/**
 * One result of Agora's search, as a plugin gets it: only what the viewer may see.
 *
 * @param type        what it is: {@code post}, {@code comment}, {@code person}, {@code space}, {@code document} or
 *                    {@code content} (a plugin's content item)
 * @param title       its title or name, or null for posts and comments
 * @param snippetHtml the matching part of its text, escaped, with the matched words in {@code <mark>}
 * @param link        where it is read, an absolute path inside Agora
 * @param spaceName   its space, or null
 * @param createdAt   when it was written
 * @param authorId    who wrote it (a post, comment, document or content item), or null for people, spaces and
 *                    anonymous items (since 1.4.0)
 * @since 1.1.0
 */
public record SearchHit(String type, String title, String snippetHtml, String link, String spaceName,
                        Instant createdAt, Long authorId) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(link, "link");
    }

    /** A hit without its author, as 1.1 to 1.3 made them. */
    public SearchHit(String type, String title, String snippetHtml, String link, String spaceName,
                     Instant createdAt) {
        this(type, title, snippetHtml, link, spaceName, createdAt, null);
    }
}
