package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.agora.attachments.AttachmentService;
import org.agora.mentions.MentionService;
import org.agora.mentions.model.Handle;
import org.agora.messaging.model.ConversationKind;
import org.agora.messaging.model.Message;
import org.agora.reactions.model.ReactionTarget;

/**
 * What erasing a person does to messaging: they leave every conversation, mentions of them name nobody, and their
 * messages are deleted (leaving the trace that a message was there) or kept under "Former employee", as the company's
 * policy says, their files with them; conversations stay readable either way.
 */
@Stateless
public class MessageErasure {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    MentionService mentions;

    @EJB
    AttachmentService attachments;

    @Inject
    Event<MessagesChanged> messagesChanged;

    /**
     * Replaces the mentions of the handle in messages by a text that names nobody.
     *
     * @return how many messages changed
     */
    public int unmention(String handle, String replacement) {
        List<Message> mentioning = em.createQuery("SELECT m FROM Message m WHERE m.text.body LIKE :text ESCAPE '\\'",
                        Message.class)
                .setParameter("text", "%@" + Handle.emailPattern(handle).replace("@%", "%")).getResultList();
        int changed = 0;
        for (Message m : mentioning) {
            if (m.unmention(handle, replacement, mentions::named)) {
                messagesChanged.fire(new MessagesChanged(List.of(m.getId())));
                changed++;
            }
        }
        return changed;
    }

    /**
     * Takes the person out of their groups and forgets how far they read and whether they showed their presence.
     * They stay the other side of their one-to-one conversations, which the other person still reads under "Former
     * employee".
     * <p>
     * Runs in a transaction of its own, before the erasure locks anything else: reading which conversations are
     * groups waits for the people writing in them, and must not hold what those writers read next (who muted the
     * conversation, who belongs to it), or each would wait for the other.
     *
     * @return how many memberships and read markers of the person were removed
     */
    public int forget(long personId) {
        List<Long> groups = em.createQuery("""
                        SELECT c.id FROM Conversation c WHERE c.kind = :group AND c.id IN
                        (SELECT m.conversationId FROM ConversationMember m WHERE m.personId = :p)""", Long.class)
                .setParameter("p", personId).setParameter("group", ConversationKind.GROUP).getResultList();
        int members = 0;
        for (long group : groups) {
            // one statement whatever the number of groups: Derby compiles each length of an IN list anew
            members += em.createQuery("DELETE FROM ConversationMember m WHERE m.personId = :p AND m.conversationId = :c")
                    .setParameter("p", personId).setParameter("c", group).executeUpdate();
        }
        int markers = em.createQuery("DELETE FROM ReadMarker r WHERE r.personId = :p")
                .setParameter("p", personId).executeUpdate();
        em.createQuery("DELETE FROM PresenceChoice c WHERE c.personId = :p").setParameter("p", personId)
                .executeUpdate();
        return members + markers;
    }

    /**
     * Deletes up to {@code limit} of the oldest messages written before {@code cutoff}, with their files, reactions
     * and search entries, as the retention period says. Replies written later keep their place without the message
     * that began their thread.
     *
     * @return how many were deleted
     */
    public int expire(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("SELECT m.id FROM Message m WHERE m.createdAt < :cutoff ORDER BY m.createdAt",
                        Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        attachments.removeFromMessages(ids);
        em.createQuery("DELETE FROM Reaction r WHERE r.target = :t AND r.targetId IN :ids")
                .setParameter("t", ReactionTarget.MESSAGE).setParameter("ids", ids).executeUpdate();
        em.createQuery("DELETE FROM Message m WHERE m.id IN :ids").setParameter("ids", ids).executeUpdate();
        messagesChanged.fire(new MessagesChanged(ids));
        return ids.size();
    }

    /** Has search show the person's messages under their new name (the former employee's). */
    public void renamed(long personId) {
        messagesChanged.fire(new MessagesChanged(em.createQuery(
                        "SELECT m.id FROM Message m WHERE m.author.id = :p AND m.deletedAt IS NULL", Long.class)
                .setParameter("p", personId).getResultList()));
    }

    /** @return how many of the person's messages were deleted, each leaving its trace */
    public int erase(long personId) {
        List<Message> theirs = em.createQuery("""
                        SELECT m FROM Message m WHERE m.author.id = :p AND m.deletedAt IS NULL""", Message.class)
                .setParameter("p", personId).getResultList();
        Instant now = Instant.now();
        theirs.forEach(m -> m.delete(now));
        messagesChanged.fire(new MessagesChanged(theirs.stream().map(Message::getId).toList()));
        if (!theirs.isEmpty()) {
            attachments.removeFromMessages(theirs.stream().map(Message::getId).toList());
            em.createQuery("DELETE FROM Reaction r WHERE r.target = :t AND r.targetId IN :ids")
                    .setParameter("t", ReactionTarget.MESSAGE)
                    .setParameter("ids", theirs.stream().map(Message::getId).toList()).executeUpdate();
        }
        return theirs.size();
    }
}
