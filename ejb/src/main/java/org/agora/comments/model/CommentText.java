package org.agora.comments.model;

import org.agora.validation.InvalidInputException;

/**
 * The Markdown text of a comment, checked: not empty and at most {@value #MAX_LENGTH} characters.
 *
 * @param markdown the text as typed, without surrounding blank lines
 */
public record CommentText(String markdown) {

    public static final int MAX_LENGTH = 5000;

    public CommentText {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("text", "error.comment.empty");
        }
        markdown = markdown.strip();
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "error.comment.tooLong", MAX_LENGTH,
                    markdown.length());
        }
    }
}
