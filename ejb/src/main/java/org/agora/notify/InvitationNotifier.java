package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.spaces.InvitationAnswered;
import org.agora.spaces.JoinAnswered;
import org.agora.spaces.JoinRequested;
import org.agora.spaces.MemberInvited;

/**
 * Tells invitees of their invitations to spaces, and marks those read once answered, and tells those who asked to
 * join a private space whether they were let in, and its managers that someone asks, in the transaction of the change (a synchronous observer).
 */
@ApplicationScoped
public class InvitationNotifier {

    @EJB
    Notifier notifications;

    void onInvited(@Observes MemberInvited event) {
        notifications.invited(event);
    }

    void onAnswered(@Observes InvitationAnswered event) {
        notifications.answered(event);
    }

    void onJoinRequested(@Observes JoinRequested event) {
        notifications.joinRequested(event);
    }

    void onJoinAnswered(@Observes JoinAnswered event) {
        notifications.joinAnswered(event);
    }
}
