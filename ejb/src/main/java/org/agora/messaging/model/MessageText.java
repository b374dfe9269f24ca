package org.agora.messaging.model;

import org.agora.validation.InvalidInputException;

/**
 * The Markdown text of a message, checked: not empty and at most {@value #MAX_LENGTH} characters.
 *
 * @param markdown the text as typed, without surrounding blank lines
 */
public record MessageText(String markdown) {

    public static final int MAX_LENGTH = 4000;

    public MessageText {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("text", "error.message.empty");
        }
        markdown = markdown.strip();
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "error.message.tooLong", MAX_LENGTH, markdown.length());
        }
    }
}
