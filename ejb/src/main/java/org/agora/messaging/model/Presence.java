package org.agora.messaging.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a person is there, from their open live connections: online while one is open and they did something in
 * the last {@link #AWAY_AFTER}, away when they stopped, offline with none open.
 */
public enum Presence {
    ONLINE, AWAY, OFFLINE;

    /** How long without activity before an open connection shows away. */
    public static final Duration AWAY_AFTER = Duration.ofMinutes(5);

    /**
     * @param connections  how many live connections the person has open
     * @param lastActivity when they last sent something through one, or null
     */
    public static Presence of(int connections, Instant lastActivity, Instant now) {
        if (connections <= 0) {
            return OFFLINE;
        }
        return lastActivity != null && !lastActivity.plus(AWAY_AFTER).isBefore(now) ? ONLINE : AWAY;
    }

    /** @return the name in pages and frames: {@code online}, {@code away}, {@code offline} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
