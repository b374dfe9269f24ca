package org.agora.reactions.model;

/** What a reaction is on: a post or a comment. */
public enum ReactionTarget {
    POST, COMMENT
}
