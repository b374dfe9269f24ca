package org.agora.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.messaging.ConversationService;
import org.agora.web.security.CurrentUser;

/** The Messages link of the top navigation ({@code chat} in templates): the signed-in person's unread messages. */
@Named("chat")
@RequestScoped
public class ChatBadge {

    @Inject
    ConversationService conversations;

    @Inject
    CurrentUser current;

    private Long unread;

    /** @return how many messages of others are unread in the person's conversations, 0 when nobody is signed in */
    public long getUnread() {
        if (unread == null) {
            unread = current.person().map(p -> conversations.unreadTotal(p.id())).orElse(0L);
        }
        return unread;
    }
}
