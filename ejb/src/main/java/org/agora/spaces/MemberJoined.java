package org.agora.spaces;

import java.time.Instant;

/**
 * Fired inside the transaction in which a person becomes an active member of a space: by joining, accepting an
 * invitation, or being let in after asking.
 */
public record MemberJoined(long spaceId, long personId, Instant at) {
}
