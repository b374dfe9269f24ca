package org.agora.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far one server has read the {@link ChatEventLog}. An event's place is given when it is written, and its
 * transaction may commit after that of a later one: the places a later event overtook are looked for again for a
 * while, so that no event is skipped, and none is passed on twice.
 */
public final class ChatEventCursor {

    /** How long an overtaken place is looked for: far longer than a transaction lasts. */
    static final Duration WAIT = Duration.ofSeconds(20);

    /** At most this many overtaken places are looked for at once. */
    static final int MAX_MISSING = 1_000;

    private long position;
    private final Map<Long, Instant> missing = new LinkedHashMap<>();

    /** @param start the newest place when the server starts: it passes on what comes after */
    public ChatEventCursor(long start) {
        this.position = start;
    }

    /** @return the newest place read */
    public synchronized long position() {
        return position;
    }

    /** @return the places overtaken and not read yet */
    public synchronized List<Long> missing() {
        return List.copyOf(missing.keySet());
    }

    /**
     * Records that an event was read.
     *
     * @return true if it is new to this server, and is to be passed on
     */
    public synchronized boolean read(long place, Instant now) {
        if (place > position) {
            for (long gap = position + 1; gap < place && missing.size() < MAX_MISSING; gap++) {
                missing.put(gap, now);
            }
            position = place;
            return true;
        }
        return missing.remove(place) != null;
    }

    /** Stops looking for the places overtaken long ago: their transactions rolled back, or the numbers were skipped. */
    public synchronized void expire(Instant now) {
        missing.values().removeIf(since -> since.isBefore(now.minus(WAIT)));
    }
}
