package org.agora.messaging;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.messaging.model.LiveConnection;
import org.agora.messaging.model.Presence;

/**
 * Who has a live connection open to which server, kept in the database so that every server tells the same presence:
 * each server records its people as they connect, leave or come back from away, and refreshes them every minute; the
 * rows of a server that stopped refreshing them count no more.
 */
@Stateless
public class LiveConnections {

    /** How long a server's rows count without being refreshed. */
    static final Duration FRESH = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<ChatEvent> events;

    /**
     * Records what the server knows of the person now, and tells the people who may see their presence, on every
     * server.
     *
     * @param lastActivity when they last did something, or null once their last connection to the server closed
     */
    public void changed(String node, long personId, Instant lastActivity) {
        Instant now = Instant.now();
        LiveConnection row = row(node, personId);
        if (lastActivity == null && row != null) {
            em.remove(row);
        } else if (lastActivity != null && row == null) {
            em.persist(new LiveConnection(node, personId, lastActivity, now));
        } else if (row != null) {
            row.refresh(lastActivity, now);
        }
        events.fire(new ChatEvent(ChatEvent.Type.PRESENCE, 0, 0, personId));
    }

    /**
     * Brings the server's rows in line with the people connected to it, as its beat does every minute; forgets the
     * rows of servers that stopped long ago.
     *
     * @param connected the last activity of each person connected to the server
     */
    public void refresh(String node, Map<Long, Instant> connected) {
        Instant now = Instant.now();
        Map<Long, LiveConnection> rows = new HashMap<>();
        em.createQuery("SELECT c FROM LiveConnection c WHERE c.nodeId = :node", LiveConnection.class)
                .setParameter("node", node).getResultStream().forEach(c -> rows.put(c.getPersonId(), c));
        connected.forEach((person, activity) -> {
            LiveConnection row = rows.remove(person);
            if (row == null) {
                em.persist(new LiveConnection(node, person, activity, now));
            } else {
                row.refresh(activity, now);
            }
        });
        rows.values().forEach(em::remove);
        em.createQuery("DELETE FROM LiveConnection c WHERE c.refreshedAt < :stale")
                .setParameter("stale", now.minus(FRESH.multipliedBy(5))).executeUpdate();
    }

    /** Forgets the server's rows, as it stops. */
    public void forget(String node) {
        em.createQuery("DELETE FROM LiveConnection c WHERE c.nodeId = :node").setParameter("node", node)
                .executeUpdate();
    }

    /** @return the presence of each of these people, over every server */
    public Map<Long, Presence> presence(Collection<Long> people) {
        Map<Long, Presence> states = new HashMap<>();
        people.forEach(p -> states.put(p, Presence.OFFLINE));
        if (people.isEmpty()) {
            return states;
        }
        Instant now = Instant.now();
        List<Object[]> rows = em.createQuery("""
                        SELECT c.personId, COUNT(c), MAX(c.lastActivity) FROM LiveConnection c
                        WHERE c.personId IN :people AND c.refreshedAt > :fresh GROUP BY c.personId""", Object[].class)
                .setParameter("people", people).setParameter("fresh", now.minus(FRESH)).getResultList();
        for (Object[] r : rows) {
            Instant last = r[2] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) r[2];
            states.put((Long) r[0], Presence.of(((Number) r[1]).intValue(), last, now));
        }
        return states;
    }

    private LiveConnection row(String node, long personId) {
        return em.createQuery("""
                        SELECT c FROM LiveConnection c WHERE c.nodeId = :node AND c.personId = :person""",
                        LiveConnection.class)
                .setParameter("node", node).setParameter("person", personId).getResultStream().findFirst()
                .orElse(null);
    }
}
