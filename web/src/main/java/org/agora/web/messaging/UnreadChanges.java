package org.agora.web.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import org.agora.messaging.ChatEvent;
import org.agora.messaging.ConversationGate;
import org.agora.notify.LiveChanges;

/**
 * Tells the open pages' live streams ({@link LiveChanges}) whose unread messages may have changed after a committed
 * chat event of any node ({@link ChatHub} reads them): every reader's for a new or deleted message, the reader's own
 * when they read, so that the header's count follows without a reload.
 */
@ApplicationScoped
public class UnreadChanges implements Consumer<ChatEvent> {

    @Inject
    LiveChanges changes;

    @Inject
    ConversationGate gate;

    @Override
    public void accept(ChatEvent e) {
        switch (e.type()) {
            case MESSAGE, DELETED, MEMBERS -> changes.touched(gate.recipients(e.conversationId()));
            case READ -> changes.touched(List.of(e.actorId()));
            default -> {
                // edits and reactions change no count
            }
        }
    }
}
