package org.agora.web.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.notify.NotificationService;
import org.agora.web.security.CurrentUser;

/** The bell of the top navigation ({@code bell} in templates): the signed-in person's unread notifications. */
@Named("bell")
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser current;

    private Long unread;

    /** @return how many notifications are unread, 0 when nobody is signed in */
    public long getUnread() {
        if (unread == null) {
            unread = current.person().map(p -> notifications.unreadCount(p.id())).orElse(0L);
        }
        return unread;
    }
}
