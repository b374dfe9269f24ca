package org.agora.reactions;

import java.util.List;

/**
 * The people who reacted to a post or a comment.
 *
 * @param postId   the post the item belongs to, for the way back
 * @param reactors newest first
 */
public record WhoReacted(long postId, List<Reactor> reactors) {

    public WhoReacted {
        reactors = List.copyOf(reactors);
    }
}
