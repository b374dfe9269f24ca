package org.agora.privacy;

import java.time.Instant;

/** One line of the log of administrators' accesses to a person's data, as the person reads it. */
public record AccessView(String adminName, String action, Instant at) {
}
