package org.agora.feed;

import java.time.Instant;

/**
 * A post as the feed shows it; {@code html} is already sanitised.
 *
 * @param spaceSlug the space the post is in, or null for the company-wide feed
 * @param editedAt  when the post was last edited, or null if never
 * @param item      for a plugin's content item, what its card shows; null for a post
 */
public record PostView(long id, long authorId, String authorName, String authorJobTitle, String html,
                       Instant createdAt, String spaceSlug, String spaceName, Instant editedAt, ItemCard item) {

    /** @return true for a plugin's content item */
    public boolean isItem() {
        return item != null;
    }
}
