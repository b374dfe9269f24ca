package org.agora.messaging.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who hears of a new message, and how: in a one-to-one conversation or a group, every other member ("wrote to you");
 * in a group or a space's chat, the members it mentions ("mentioned you"), which says more and replaces the first. Nobody
 * hears of their own message, of a conversation they do not read, or of one they muted.
 */
public final class ChatRecipients {

    /** How a person hears of a message. */
    public enum Reason {
        WROTE, MENTIONED
    }

    private ChatRecipients() {
    }

    /**
     * @param readers   the conversation's members now
     * @param mentioned the people the message mentions, members or not
     * @param muted     the members who muted the conversation
     * @return the reason each recipient is told, in a stable order
     */
    public static Map<Long, Reason> of(ConversationKind kind, long authorId, Collection<Long> readers,
                                       Collection<Long> mentioned, Set<Long> muted) {
        Map<Long, Reason> told = new LinkedHashMap<>();
        if (kind != ConversationKind.SPACE) {
            readers.forEach(r -> told.put(r, Reason.WROTE));
        }
        if (kind != ConversationKind.DIRECT) {
            // in a one-to-one conversation, "wrote to you" says it all
            mentioned.stream().filter(readers::contains).forEach(m -> told.put(m, Reason.MENTIONED));
        }
        told.remove(authorId);
        muted.forEach(told::remove);
        return told;
    }
}
