package org.agora.notify.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.notify.NotificationCreated;

/**
 * Mails each new notification its recipient wants at once, in the transaction that creates it; never a confidential
 * one, which stays in the recipient's list alone (a mail is kept in the outbox, and in copies of their data).
 */
@ApplicationScoped
public class InstantMails {

    @EJB
    Mailer mailer;

    void onCreated(@Observes NotificationCreated event) {
        if (!event.notification().isConfidential()) {
            mailer.notified(event.notification());
        }
    }
}
