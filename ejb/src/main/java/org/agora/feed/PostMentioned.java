package org.agora.feed;

import java.util.Set;

/**
 * Fired inside the transaction that stores a post that mentions people, so that what observers write (notifications)
 * is committed or rolled back with the post.
 *
 * @param spaceId  the post's space, or null for the company-wide feed
 * @param mentioned the ids of the people the post mentions, its author left out
 */
public record PostMentioned(long postId, long authorId, Long spaceId, Set<Long> mentioned) {

    public PostMentioned {
        mentioned = Set.copyOf(mentioned);
    }
}
