package org.agora.feed.model;

import org.agora.validation.InvalidInputException;

/**
 * The Markdown text of a plugin's content item, checked: at most {@value #MAX_LENGTH} characters, possibly empty
 * (a page may have only a title).
 *
 * @param markdown the text, without surrounding blank lines
 */
public record ItemText(String markdown) {

    public static final int MAX_LENGTH = 200_000;

    public ItemText {
        markdown = markdown == null ? "" : markdown.strip();
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "error.post.tooLong", MAX_LENGTH, markdown.length());
        }
    }
}
