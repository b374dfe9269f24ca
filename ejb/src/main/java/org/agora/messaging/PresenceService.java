package org.agora.messaging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.agora.messaging.model.PresenceChoice;
import org.agora.spaces.model.MembershipStatus;

/**
 * Who shows whether they are online (those who chose to, nobody by default) and to whom: only to the people who share
 * a conversation with them, a one-to-one, a group, or a space's chat. The state itself is known by the live
 * connections.
 */
@Stateless
public class PresenceService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return true if the person chose to show whether they are online */
    public boolean shows(long personId) {
        return em.find(PresenceChoice.class, personId) != null;
    }

    /** Shows, or stops showing, whether the person is online. */
    public void show(long personId, boolean shown) {
        PresenceChoice choice = em.find(PresenceChoice.class, personId);
        if (shown && choice == null) {
            em.persist(new PresenceChoice(personId, Instant.now()));
        } else if (!shown && choice != null) {
            em.remove(choice);
        }
    }

    /** @return among these people, those whose presence the viewer may see: they show it and share a conversation */
    public Set<Long> visibleTo(long viewerId, Collection<Long> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Set<Long> visible = new HashSet<>(em.createQuery("""
                        SELECT DISTINCT o.personId FROM ConversationMember v, ConversationMember o, PresenceChoice pc
                        WHERE v.personId = :viewer AND o.conversationId = v.conversationId
                        AND o.personId IN :people AND pc.personId = o.personId""", Long.class)
                .setParameter("viewer", viewerId).setParameter("people", people).getResultList());
        visible.addAll(em.createQuery("""
                        SELECT DISTINCT o.personId FROM SpaceMember v, SpaceMember o, Conversation c, PresenceChoice pc
                        WHERE v.personId = :viewer AND v.status = :active AND o.spaceId = v.spaceId
                        AND o.status = :active AND c.spaceId = v.spaceId AND o.personId IN :people
                        AND pc.personId = o.personId""", Long.class)
                .setParameter("viewer", viewerId).setParameter("people", people)
                .setParameter("active", MembershipStatus.ACTIVE).getResultList());
        return visible;
    }

    /** @return the people who may see the person's presence now: none unless they show it */
    public Set<Long> watchers(long personId) {
        if (!shows(personId)) {
            return Set.of();
        }
        Set<Long> watchers = new HashSet<>(em.createQuery("""
                        SELECT DISTINCT o.personId FROM ConversationMember v, ConversationMember o
                        WHERE v.personId = :p AND o.conversationId = v.conversationId""", Long.class)
                .setParameter("p", personId).getResultList());
        watchers.addAll(em.createQuery("""
                        SELECT DISTINCT o.personId FROM SpaceMember v, SpaceMember o, Conversation c
                        WHERE v.personId = :p AND v.status = :active AND o.spaceId = v.spaceId
                        AND o.status = :active AND c.spaceId = v.spaceId""", Long.class)
                .setParameter("p", personId).setParameter("active", MembershipStatus.ACTIVE).getResultList());
        watchers.remove(personId);
        return watchers;
    }
}
