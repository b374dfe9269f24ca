package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes each {@link ChatEvent} to the {@link ChatEventLog} in the transaction of its change, and once that is
 * committed wakes this server's readers of the log, so that its own events go out at once; other servers read them
 * on their next beat. The web tier listens here: its own beans do not observe the events of this module, so the
 * listeners are kept with this class, which the whole application shares. A rolled-back change sends nothing.
 */
@ApplicationScoped
public class ChatRelay {

    private static final Logger LOG = Logger.getLogger(ChatRelay.class.getName());

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    @EJB
    ChatEventLog log;

    /** Wakes the listener each time chat events of this server are committed, from now on. */
    public static void listen(Runnable listener) {
        LISTENERS.add(listener);
    }

    /** Stops waking the listener, as when the application stops. */
    public static void forget(Runnable listener) {
        LISTENERS.remove(listener);
    }

    void written(@Observes ChatEvent event) {
        log.write(event);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        for (Runnable listener : LISTENERS) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // the change is already committed: the next beat reads the event
                LOG.log(Level.WARNING, "Chat readers could not be woken after " + event, e);
            }
        }
    }
}
