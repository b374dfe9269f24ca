package org.agora.hashtags;

import org.agora.feed.FeedPage;

/**
 * A hashtag's page for one reader.
 *
 * @param tag       the tag, in lower case, without {@code #}
 * @param feed      the posts with the tag that the reader may read, newest first
 * @param posts     how many posts with the tag the reader may read
 * @param followers how many people follow the tag
 * @param following true if the reader follows the tag
 */
public record HashtagPage(String tag, FeedPage feed, long posts, long followers, boolean following) {
}
