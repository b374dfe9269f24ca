package org.agora.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Passes each committed {@link ChatEvent} to the live connections of this node. The web tier listens here: its own
 * beans do not observe the events of this module, so the listeners are kept with this class, which the whole
 * application shares. A rolled-back change sends nothing.
 */
@ApplicationScoped
public class ChatRelay {

    private static final Logger LOG = Logger.getLogger(ChatRelay.class.getName());

    private static final List<Consumer<ChatEvent>> LISTENERS = new CopyOnWriteArrayList<>();

    /** Sends the node's committed chat events to the listener from now on. */
    public static void listen(Consumer<ChatEvent> listener) {
        LISTENERS.add(listener);
    }

    /** Stops sending to the listener, as when the application stops. */
    public static void forget(Consumer<ChatEvent> listener) {
        LISTENERS.remove(listener);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        for (Consumer<ChatEvent> listener : LISTENERS) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // a failed delivery must not fail the change, which is already committed
                LOG.log(Level.WARNING, "A chat event could not be delivered: " + event, e);
            }
        }
    }
}
