package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.comments.CommentWritten;
import org.agora.reactions.PostReacted;

/**
 * Notifies authors of the comments, replies and reactions their posts and comments receive, in the transaction that
 * stores them (a synchronous observer).
 */
@ApplicationScoped
public class ConversationNotifier {

    @EJB
    Notifier notifications;

    void onComment(@Observes CommentWritten event) {
        notifications.commented(event);
    }

    void onReaction(@Observes PostReacted event) {
        notifications.reacted(event);
    }
}
