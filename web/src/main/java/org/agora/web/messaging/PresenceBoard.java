package org.agora.web.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.messaging.model.Presence;

/**
 * The presence of the people with live connections to this node: how many they have open and when they last did
 * something through one. Each change says whether what others see changed, so that it is recorded for every node
 * ({@code LiveConnections}) only then.
 */
final class PresenceBoard {

    private record State(int connections, Instant lastActivity) {
    }

    private final Map<Long, State> people = new ConcurrentHashMap<>();

    /** @return true if the person came online: their first connection */
    boolean connected(long personId, Instant now) {
        State after = people.merge(personId, new State(1, now),
                (was, one) -> new State(was.connections() + 1, now));
        return after.connections() == 1;
    }

    /** @return true if the person went offline: their last connection closed */
    boolean disconnected(long personId) {
        State after = people.computeIfPresent(personId, (id, was) -> was.connections() <= 1 ? null
                : new State(was.connections() - 1, was.lastActivity()));
        return after == null;
    }

    /** @return true if the person was away and is back */
    boolean active(long personId, Instant now) {
        State before = people.get(personId);
        if (before == null) {
            return false;
        }
        people.computeIfPresent(personId, (id, was) -> new State(was.connections(), now));
        return Presence.of(before.connections(), before.lastActivity(), now) == Presence.AWAY;
    }

    /** @return when the person last did something through a connection to this node; null if they have none */
    Instant lastActivity(long personId) {
        State s = people.get(personId);
        return s == null ? null : s.lastActivity();
    }

    /** @return the last activity of each person connected to this node */
    Map<Long, Instant> connected() {
        Map<Long, Instant> now = new HashMap<>();
        people.forEach((person, state) -> now.put(person, state.lastActivity()));
        return now;
    }

    Presence status(long personId, Instant now) {
        State s = people.get(personId);
        return s == null ? Presence.OFFLINE : Presence.of(s.connections(), s.lastActivity(), now);
    }
}
