package org.agora.feed;

import java.time.Instant;
import java.util.List;

/**
 * One page of the feed.
 *
 * @param posts       newest first
 * @param olderCursor the cursor for the next, older page, or null at the end of the feed
 */
public record FeedPage(List<PostView> posts, Long olderCursor) {

    /**
     * @param newSince the end of the reader's previous visit, or null
     * @return the id of the first post written before {@code newSince} that comes after a newer post on this page,
     *     above which the page marks where the new posts end; null if there is no such place
     */
    public Long firstOlderThan(Instant newSince) {
        if (newSince == null) {
            return null;
        }
        for (int i = 1; i < posts.size(); i++) {
            if (!posts.get(i).createdAt().isAfter(newSince) && posts.get(i - 1).createdAt().isAfter(newSince)) {
                return posts.get(i).id();
            }
        }
        return null;
    }
}
