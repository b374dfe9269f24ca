package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Notifies of new messages in the transaction that stores them (a synchronous observer). */
@ApplicationScoped
public class ChatNotifier {

    @EJB
    ChatNotifications notifications;

    void onWritten(@Observes MessageWritten event) {
        notifications.written(event);
    }
}
