package org.agora.reactions.model;

/** What a reaction is on: a post, a comment or a chat message. */
public enum ReactionTarget {
    POST, COMMENT,
    /** a message of a conversation (see org.agora.messaging) */
    MESSAGE
}
