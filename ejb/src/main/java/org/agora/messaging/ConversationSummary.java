package org.agora.messaging;

import java.time.Instant;
import org.agora.messaging.model.ConversationKind;

/**
 * One line of a person's list of conversations.
 *
 * @param title        the group's or space's name, or the other person's name for a one-to-one
 * @param lastAt       when the newest message came, or when the conversation began
 * @param unread       how many messages of others came after the reader's read marker
 * @param lastText     the start of the newest message, as plain text, or null
 */
public record ConversationSummary(long id, ConversationKind kind, String title, Instant lastAt, long unread,
                                  String lastText) {

    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
