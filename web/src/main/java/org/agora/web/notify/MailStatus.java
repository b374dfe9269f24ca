package org.agora.web.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.notify.mail.MailConfig;
import org.agora.notify.mail.MailOutbox;

/** Whether Agora sends mail, and how its outbox fares ({@code mailStatus} in templates), for administrators. */
@Named("mailStatus")
@RequestScoped
public class MailStatus {

    @Inject
    MailConfig config;

    @Inject
    MailOutbox outbox;

    public boolean isConfigured() {
        return config.configured();
    }

    public long getWaiting() {
        return outbox.waiting();
    }

    public long getGivenUp() {
        return outbox.givenUp();
    }
}
