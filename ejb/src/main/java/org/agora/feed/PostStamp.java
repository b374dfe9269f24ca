package org.agora.feed;

import java.time.Instant;

/** A post's id and when it was written, for rankings that need no more. */
public record PostStamp(long id, Instant createdAt) {
}
