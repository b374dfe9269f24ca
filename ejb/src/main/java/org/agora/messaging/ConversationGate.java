package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agora.messaging.model.ChatAccess;
import org.agora.messaging.model.Conversation;
import org.agora.messaging.model.ConversationKind;
import org.agora.messaging.model.ConversationMember;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.MembershipStatus;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/**
 * Who may read and write each conversation, asked on every read and write, and who its readers are when a live
 * event is sent: the one place of the membership rule ({@link ChatAccess}) with the database.
 */
@Stateless
public class ConversationGate {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceAccess spaces;

    /** @return what the person may do in the conversation */
    public ChatAccess access(Conversation c, long personId) {
        if (c.getKind() == ConversationKind.SPACE) {
            return ChatAccess.channel(spaces.access(c.getSpaceId(), personId));
        }
        return ChatAccess.listed(c.getKind(),
                em.find(ConversationMember.class, new ConversationMember.Key(c.getId(), personId)) != null);
    }

    /**
     * @return the conversation, which the person reads
     * @throws UnknownItemException if it does not exist or the person is not a member: the same answer, so that
     *                              nobody learns which conversations exist
     */
    public Conversation readable(long conversationId, long personId) {
        Conversation c = em.find(Conversation.class, conversationId);
        if (c == null || !access(c, personId).canRead()) {
            throw new UnknownItemException("error.conversation.unknown");
        }
        return c;
    }

    /**
     * @return the conversation, where the person may write
     * @throws UnknownItemException if the person may not read it
     * @throws AccessDeniedException if they read it but may not write (an archived space's channel)
     */
    public Conversation writable(long conversationId, long personId) {
        Conversation c = readable(conversationId, personId);
        if (!access(c, personId).canWrite()) {
            throw new AccessDeniedException("error.conversation.readOnly");
        }
        return c;
    }

    /** @return the people who read the conversation now; empty if it does not exist */
    public Set<Long> readers(long conversationId) {
        Conversation c = em.find(Conversation.class, conversationId);
        if (c == null) {
            return Set.of();
        }
        List<Long> ids = c.getKind() == ConversationKind.SPACE
                ? em.createQuery("""
                        SELECT m.personId FROM SpaceMember m WHERE m.spaceId = :space AND m.status = :active""",
                        Long.class)
                .setParameter("space", c.getSpaceId()).setParameter("active", MembershipStatus.ACTIVE)
                .getResultList()
                : em.createQuery("SELECT m.personId FROM ConversationMember m WHERE m.conversationId = :c", Long.class)
                .setParameter("c", conversationId).getResultList();
        return new LinkedHashSet<>(ids);
    }

    /**
     * @return the readers who may receive the conversation's events and notifications now: those whose account is
     *     active, so that a deactivated person's open connection receives nothing more
     */
    public Set<Long> recipients(long conversationId) {
        Set<Long> readers = readers(conversationId);
        if (readers.isEmpty()) {
            return readers;
        }
        return new LinkedHashSet<>(em.createQuery("SELECT p.id FROM Person p WHERE p.id IN :ids AND "
                + Person.ACTIVE_ONLY, Long.class).setParameter("ids", readers).getResultList());
    }

    /** @return the ids of every conversation the person reads: their one-to-ones and groups, their spaces' channels */
    public List<Long> readableIds(long personId) {
        List<Long> ids = new ArrayList<>(em.createQuery(
                        "SELECT m.conversationId FROM ConversationMember m WHERE m.personId = :p", Long.class)
                .setParameter("p", personId).getResultList());
        List<Long> spaceIds = spaces.memberSpaceIds(personId);
        if (!spaceIds.isEmpty()) {
            ids.addAll(em.createQuery("SELECT c.id FROM Conversation c WHERE c.spaceId IN :spaces", Long.class)
                    .setParameter("spaces", spaceIds).getResultList());
        }
        return ids;
    }
}
