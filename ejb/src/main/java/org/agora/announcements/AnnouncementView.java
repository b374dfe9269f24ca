package org.agora.announcements;

import org.agora.feed.PostView;

/**
 * An announcement as a reader sees it at the top of the feed.
 *
 * @param reads how many people marked it read; shown to its author and administrators, otherwise -1
 */
public record AnnouncementView(PostView post, long reads) {
}
