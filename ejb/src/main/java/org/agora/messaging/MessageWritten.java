package org.agora.messaging;

import java.util.List;

/**
 * A new message, fired in the transaction that stores it, for notifications.
 *
 * @param mentioned the people its text mentions
 */
public record MessageWritten(long conversationId, long messageId, long authorId, List<Long> mentioned) {

    public MessageWritten {
        mentioned = List.copyOf(mentioned);
    }
}
