package org.agora.feed;

import java.util.List;

/**
 * One page of the feed.
 *
 * @param posts       newest first
 * @param olderCursor the cursor for the next, older page, or null at the end of the feed
 */
public record FeedPage(List<PostView> posts, Long olderCursor) {
}
