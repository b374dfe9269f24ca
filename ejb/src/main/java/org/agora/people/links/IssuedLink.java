package org.agora.people.links;

import java.time.Instant;

/**
 * A password link just made, the only time its address is known: afterwards only its hash is stored.
 *
 * @param url    the address to open, with Agora's address in front
 * @param mailed true if it was written to the person's mailbox (it leaves after the transaction commits)
 */
public record IssuedLink(long personId, String name, String email, String url, Instant expiresAt, boolean mailed) {
}
