package org.agora.notify.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.notify.NotificationCreated;

/** Mails each new notification its recipient wants at once, in the transaction that creates it. */
@ApplicationScoped
public class InstantMails {

    @EJB
    Mailer mailer;

    void onCreated(@Observes NotificationCreated event) {
        mailer.notified(event.notification());
    }
}
