package org.agora.messaging.model;

import org.agora.validation.InvalidInputException;

/**
 * The Markdown text of a message, checked: at most {@value #MAX_LENGTH} characters, and not empty unless files go
 * with it.
 *
 * @param markdown    the text as typed, without surrounding blank lines
 * @param besideFiles true if files go with the message, which then needs no text
 */
public record MessageText(String markdown, boolean besideFiles) {

    public static final int MAX_LENGTH = 4000;

    public MessageText {
        if (!besideFiles && (markdown == null || markdown.isBlank())) {
            throw new InvalidInputException("text", "error.message.empty");
        }
        markdown = markdown == null ? "" : markdown.strip();
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "error.message.tooLong", MAX_LENGTH, markdown.length());
        }
    }

    /** The text of a message without files: it may not be empty. */
    public MessageText(String markdown) {
        this(markdown, false);
    }
}
