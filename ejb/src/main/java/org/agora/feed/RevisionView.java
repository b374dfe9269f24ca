package org.agora.feed;

import java.time.Instant;

/**
 * A former version of a post, as moderators see it; {@code html} is sanitised.
 *
 * @param editorId who replaced it
 * @param editedBy their name as stored
 */
public record RevisionView(String html, long editorId, String editedBy, Instant editedAt) {
}
