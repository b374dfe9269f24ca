package org.agora.spaces;

import java.time.Instant;

/**
 * Fired inside the transaction in which a manager approves or refuses a request to join a private space, so that
 * the person who asked hears of it.
 *
 * @param spaceSlug the space's address
 * @param spaceName the space's name when answered
 * @param approved  true if the person is now a member
 */
public record JoinAnswered(String spaceSlug, String spaceName, long personId, long answeredBy, boolean approved,
                           Instant at) {
}
