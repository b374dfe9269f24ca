package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.spaces.InvitationAnswered;
import org.agora.spaces.MemberInvited;

/**
 * Tells invitees of their invitations to spaces, and marks those read once answered, in the transaction of the
 * invitation (a synchronous observer).
 */
@ApplicationScoped
public class InvitationNotifier {

    @EJB
    NotificationService notifications;

    void onInvited(@Observes MemberInvited event) {
        notifications.invited(event);
    }

    void onAnswered(@Observes InvitationAnswered event) {
        notifications.answered(event);
    }
}
