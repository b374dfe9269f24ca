package org.agora.reactions;

import org.agora.reactions.model.ReactionKind;

/** Who reacted, and how, for the "who reacted" list. */
public record Reactor(long personId, String name, String jobTitle, ReactionKind kind) {
}
