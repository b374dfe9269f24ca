package org.agora.feed.model;

import org.agora.validation.InvalidInputException;

/**
 * The Markdown text of a post, checked: not empty and at most {@value #MAX_LENGTH} characters.
 *
 * @param markdown the text as typed, without surrounding blank lines
 */
public record PostText(String markdown) {

    public static final int MAX_LENGTH = 5000;

    public PostText {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("text", "error.post.empty");
        }
        markdown = markdown.strip();
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "error.post.tooLong", MAX_LENGTH,
                    markdown.length());
        }
    }
}
