package org.agora.messaging.model;

/** The kinds of conversation: who is in one is decided differently for each. */
public enum ConversationKind {
    /** two people; the same pair always shares one conversation */
    DIRECT,
    /** a named group of up to {@link Conversation#MAX_GROUP} people, who add and remove each other */
    GROUP,
    /** the chat of a space, read and written by the space's current members */
    SPACE
}
