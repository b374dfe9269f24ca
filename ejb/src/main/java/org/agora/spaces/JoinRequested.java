package org.agora.spaces;

import java.time.Instant;
import java.util.List;

/**
 * Fired inside the transaction in which a person asks to join a private space, so that its managers hear of it and
 * answer from the space's settings.
 *
 * @param spaceSlug  the space's address
 * @param spaceName  the space's name when asked
 * @param managerIds the space's owner and moderators
 */
public record JoinRequested(String spaceSlug, String spaceName, long personId, List<Long> managerIds, Instant at) {
}
