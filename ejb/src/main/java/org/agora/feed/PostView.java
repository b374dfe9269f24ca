package org.agora.feed;

import java.time.Instant;

/**
 * A post as the feed shows it; {@code html} is already sanitised.
 *
 * @param spaceSlug the space the post is in, or null for the company-wide feed
 * @param editedAt  when the post was last edited, or null if never
 */
public record PostView(long id, long authorId, String authorName, String authorJobTitle, String html,
                       Instant createdAt, String spaceSlug, String spaceName, Instant editedAt) {
}
