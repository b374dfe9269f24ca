package org.agora.messaging;

/**
 * Something that happened in a conversation, fired in the transaction of the change and written to the
 * {@link ChatEventLog} with it; the live connections of every server pass it on to the conversation's readers once it
 * is committed, checking who they are at that moment.
 *
 * @param type           what happened
 * @param conversationId where
 * @param messageId      the message concerned, or the newest one read for {@link Type#READ}; 0 if none
 * @param actorId        who did it
 */
public record ChatEvent(Type type, long conversationId, long messageId, long actorId) {

    /** What happened. */
    public enum Type {
        MESSAGE, EDITED, DELETED, REACTED, READ, MEMBERS, TYPING,
        /** Whether the actor is online changed; no conversation (0). */
        PRESENCE
    }
}
