package org.agora.feed;

import java.time.Instant;

/** A former version of a post, as moderators see it; {@code html} is sanitised. */
public record RevisionView(String html, String editedBy, Instant editedAt) {
}
