package org.agora.web.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.messaging.MessageService;

/** Whether conversations and spaces offer a Call button ({@code calls} in templates): a meeting address is set. */
@Named("calls")
@ApplicationScoped
public class CallButton {

    @Inject
    MessageService messages;

    /** @return true if an administrator set {@code agora.calls.url} */
    public boolean isOn() {
        return messages.callsOn();
    }
}
