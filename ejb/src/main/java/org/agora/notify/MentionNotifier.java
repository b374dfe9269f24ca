package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.feed.PostMentioned;

/** Notifies the people a post mentions, in the transaction of the post (a synchronous observer). */
@ApplicationScoped
public class MentionNotifier {

    @EJB
    Notifier notifications;

    void onMentioned(@Observes PostMentioned event) {
        notifications.mentioned(event);
    }
}
