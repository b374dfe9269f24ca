package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.attachments.ConversationReaders;
import org.agora.messaging.model.ChatAccess;
import org.agora.messaging.model.Conversation;

/** The conversations' membership rule ({@link ConversationGate}) as the images pasted into messages ask it. */
@ApplicationScoped
public class ConversationImageReaders implements ConversationReaders {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    ConversationGate gate;

    @Override
    public boolean writes(long conversationId, long personId) {
        ChatAccess access = access(conversationId, personId);
        return access != null && access.canWrite();
    }

    @Override
    public boolean reads(long conversationId, long personId) {
        ChatAccess access = access(conversationId, personId);
        return access != null && access.canRead();
    }

    private ChatAccess access(long conversationId, long personId) {
        Conversation c = em.find(Conversation.class, conversationId);
        return c == null ? null : gate.access(c, personId);
    }
}
