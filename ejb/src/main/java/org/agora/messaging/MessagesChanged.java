package org.agora.messaging;

import java.util.Collection;
import java.util.List;

/**
 * Messages whose text or author's name changed, or that went, away from their conversation's live flow (erasing a
 * person, the retention period), fired in the transaction of the change for what keeps a copy of them, as search.
 */
public record MessagesChanged(List<Long> messageIds) {

    public MessagesChanged(Collection<Long> messageIds) {
        this(List.copyOf(messageIds));
    }
}
