package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.messaging.model.ChatRecipients;
import org.agora.messaging.model.Conversation;
import org.agora.messaging.model.ConversationKind;
import org.agora.notify.Notifier;
import org.agora.notify.model.Mute;
import org.agora.notify.model.Notification;

/**
 * Notifies the people a new message concerns ({@link ChatRecipients}) through the host's notifications, in the
 * transaction of the message; each recipient sees the conversation named as they see it.
 */
@Stateless
public class ChatNotifications {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    ConversationGate gate;

    @EJB
    ConversationService conversations;

    @EJB
    Notifier notifications;

    /** Tells the members of a new message in their one-to-one conversations and groups, and those it mentions. */
    public void written(MessageWritten event) {
        Conversation c = em.find(Conversation.class, event.conversationId());
        Set<Long> readers = gate.recipients(c.getId());
        Set<Long> muted = new HashSet<>(muted(c.getId()));
        Map<Long, ChatRecipients.Reason> told = ChatRecipients.of(c.getKind(), event.authorId(), readers,
                event.mentioned(), muted);
        told.forEach((recipient, reason) -> notifications.chat(
                reason == ChatRecipients.Reason.MENTIONED ? Notification.Kind.CHAT_MENTION : Notification.Kind.MESSAGE,
                recipient, event.authorId(),
                c.getKind() == ConversationKind.DIRECT ? null : conversations.title(c.getId(), recipient), c.getId(),
                event.messageId()));
    }

    /** Invites the conversation's readers to the call the person started, except those who muted it. */
    public void callStarted(Conversation c, long starterId, long messageId) {
        Set<Long> invited = new HashSet<>(gate.recipients(c.getId()));
        invited.remove(starterId);
        invited.removeAll(muted(c.getId()));
        invited.forEach(recipient -> notifications.chat(Notification.Kind.CALL, recipient, starterId,
                c.getKind() == ConversationKind.DIRECT ? null : conversations.title(c.getId(), recipient), c.getId(),
                messageId));
    }

    private List<Long> muted(long conversationId) {
        return em.createQuery("""
                        SELECT m.personId FROM Mute m WHERE m.target = :conversation AND m.targetId = :id""",
                        Long.class)
                .setParameter("conversation", Mute.Target.CHAT).setParameter("id", conversationId)
                .getResultList();
    }

    /** Marks the person's notifications of the conversation read, as opening it does. */
    public void opened(long conversationId, long personId) {
        notifications.readChat(personId, conversationId);
    }
}
