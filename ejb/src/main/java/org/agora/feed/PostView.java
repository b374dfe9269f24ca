package org.agora.feed;

import java.time.Instant;

/** A post as the feed shows it; {@code html} is already sanitised. */
public record PostView(long id, long authorId, String authorName, String authorJobTitle, String html,
                       Instant createdAt) {
}
