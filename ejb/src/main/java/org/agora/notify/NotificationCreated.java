package org.agora.notify;

import org.agora.notify.model.Notification;

/**
 * A notification was just stored, in the transaction that is still open: observers (such as the mailer) add to that
 * transaction, so what they write commits or rolls back with the notification.
 */
public record NotificationCreated(Notification notification) {
}
