package org.agora.messaging;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.agora.messaging.model.LoggedChatEvent;

/**
 * The chat events of every server, kept in the database for a few minutes: each server writes its own in the
 * transaction of the change and reads everyone's after them ({@link ChatEventCursor}), so that a message sent
 * through one server reaches the people connected to another.
 */
@Stateless
public class ChatEventLog {

    /** How long events are kept: far longer than any server takes to read them. */
    public static final Duration KEPT = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** An event read back, with its place in the log; a null event is of a kind this server does not know. */
    public record Entry(long id, ChatEvent event) {
    }

    /** Writes the event in the current transaction: it is read by the servers once committed. */
    public void write(ChatEvent e) {
        em.persist(new LoggedChatEvent(e.type().name(), e.conversationId(), e.messageId(), e.actorId(),
                Instant.now()));
    }

    /** @return the place of the newest event, 0 if there is none: where a server starting now begins to read */
    public long newest() {
        Long newest = em.createQuery("SELECT MAX(e.id) FROM LoggedChatEvent e", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /**
     * @param after   read the events after this place
     * @param missing and these, skipped earlier because their transaction had not committed yet
     * @return at most {@code max} events, oldest first
     */
    public List<Entry> after(long after, Collection<Long> missing, int max) {
        String orMissing = missing.isEmpty() ? "" : " OR e.id IN :missing";
        var query = em.createQuery("SELECT e FROM LoggedChatEvent e WHERE e.id > :after" + orMissing
                        + " ORDER BY e.id", LoggedChatEvent.class)
                .setParameter("after", after).setMaxResults(max);
        if (!missing.isEmpty()) {
            query.setParameter("missing", missing);
        }
        return query.getResultStream().map(ChatEventLog::entry).toList();
    }

    // an event of a kind this version does not know (written by a newer server while both run) is passed as null
    private static Entry entry(LoggedChatEvent e) {
        ChatEvent.Type type = Arrays.stream(ChatEvent.Type.values()).filter(t -> t.name().equals(e.getKind()))
                .findFirst().orElse(null);
        return new Entry(e.getId(), type == null ? null
                : new ChatEvent(type, e.getConversationId(), e.getMessageId(), e.getActorId()));
    }

    /** Forgets the events older than {@link #KEPT}. */
    public int forgetOld() {
        return em.createQuery("DELETE FROM LoggedChatEvent e WHERE e.createdAt < :before")
                .setParameter("before", Instant.now().minus(KEPT)).executeUpdate();
    }
}
