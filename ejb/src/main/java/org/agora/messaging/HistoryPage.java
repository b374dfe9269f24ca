package org.agora.messaging;

import java.util.List;

/**
 * A page of a conversation's history, oldest first.
 *
 * @param messages the messages
 * @param earlier  true if older messages exist before the first one
 * @param lastReadByOthers for each other reader who has read this far, the newest message id they have read
 */
public record HistoryPage(List<MessageView> messages, boolean earlier, java.util.Map<String, Long> lastReadByOthers) {

    /** @return the id of the oldest message shown, for the "load earlier" link; 0 if none */
    public long firstId() {
        return messages.isEmpty() ? 0 : messages.getFirst().id();
    }

    /** @return the names of the others who have read the newest message shown */
    public List<String> seenBy() {
        long last = lastId();
        return last == 0 ? List.of() : lastReadByOthers.entrySet().stream().filter(e -> e.getValue() >= last)
                .map(java.util.Map.Entry::getKey).toList();
    }

    /** @return the id of the newest message shown; 0 if none */
    public long lastId() {
        return messages.isEmpty() ? 0 : messages.getLast().id();
    }
}
