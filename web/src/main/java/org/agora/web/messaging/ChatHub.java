package org.agora.web.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.messaging.ChatEvent;
import org.agora.messaging.ChatRelay;
import org.agora.messaging.ConversationGate;
import org.agora.messaging.MessageService;
import org.agora.messaging.MessageView;
import org.agora.messaging.PresenceService;
import org.agora.messaging.model.Presence;
import org.agora.people.AccountService;
import org.agora.people.PersonSummary;

/**
 * The open live connections of this node, by person, and the delivery of committed chat events to them. Each event
 * goes to the people who read its conversation at the moment it is sent, read again from the database, so that a
 * removed member (or a deactivated person) receives nothing more at once, whatever connection they keep open. The
 * connections also tell who is online or away, to those allowed to see it ({@link PresenceService}).
 */
@ApplicationScoped
public class ChatHub implements Consumer<ChatEvent> {

    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    private final Map<Long, Set<Session>> sockets = new ConcurrentHashMap<>();

    @Inject
    ConversationGate gate;

    @Inject
    MessageService messages;

    @Inject
    AccountService accounts;

    @Inject
    PresenceService presence;

    private final PresenceBoard board = new PresenceBoard();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ChatRelay.listen(this);
    }

    @PreDestroy
    void stop() {
        ChatRelay.forget(this);
    }

    /** Registers a person's open connection. */
    void join(long personId, Session session) {
        sockets.computeIfAbsent(personId, k -> new CopyOnWriteArraySet<>()).add(session);
        if (board.connected(personId, Instant.now())) {
            announce(personId);
        }
    }

    /** Forgets a closed connection. */
    void leave(long personId, Session session) {
        Set<Session> mine = sockets.get(personId);
        if (mine != null && mine.remove(session) && board.disconnected(personId)) {
            announce(personId);
        }
    }

    /** Notes that the person did something through a connection: they are not away. */
    void active(long personId) {
        if (board.active(personId, Instant.now())) {
            announce(personId);
        }
    }

    /** @return the presence of each of these people, as live connections to this node show it */
    Map<Long, Presence> presenceOf(Collection<Long> people) {
        Instant now = Instant.now();
        Map<Long, Presence> states = new HashMap<>();
        people.forEach(p -> states.put(p, board.status(p, now)));
        return states;
    }

    // tells the people who may see the person's presence, and who have a connection open, what it is now
    private void announce(long personId) {
        if (sockets.keySet().stream().noneMatch(p -> p != personId)) {
            return;
        }
        try {
            String text = ChatFrames.presence(personId, board.status(personId, Instant.now()).code()).toString();
            for (long watcher : presence.watchers(personId)) {
                for (Session s : sockets.getOrDefault(watcher, Set.of())) {
                    send(s, text);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The presence of " + personId + " could not be told", e);
        }
    }

    @Override
    public void accept(ChatEvent e) {
        if (sockets.isEmpty()) {
            return;
        }
        JsonObject frame = switch (e.type()) {
            case MESSAGE -> ChatFrames.message("message", messages.one(e.messageId(), e.actorId()));
            case EDITED -> ChatFrames.message("edited", messages.one(e.messageId(), e.actorId()));
            case DELETED -> ChatFrames.deleted(e.conversationId(), e.messageId());
            case REACTED -> reacted(e);
            case READ -> ChatFrames.read(e.conversationId(), e.actorId(), name(e.actorId()), e.messageId());
            case MEMBERS -> ChatFrames.members(e.conversationId());
        };
        send(e.conversationId(), frame, null);
    }

    /** Tells the conversation's other readers that the person is writing. */
    void typing(long conversationId, long personId, String name) {
        gate.writable(conversationId, personId);
        send(conversationId, ChatFrames.typing(conversationId, personId, name), personId);
    }

    private JsonObject reacted(ChatEvent e) {
        MessageView m = messages.one(e.messageId(), e.actorId());
        return ChatFrames.reacted(m, e.actorId());
    }

    // to each current reader's connections but the one left out (null: none)
    private void send(long conversationId, JsonObject frame, Long except) {
        String text = frame.toString();
        for (long reader : gate.recipients(conversationId)) {
            if (except != null && except == reader) {
                continue;
            }
            for (Session s : sockets.getOrDefault(reader, Set.of())) {
                if (ChatHandshake.signedIn(s)) {
                    send(s, text);
                } else {
                    signedOut(s);
                }
            }
        }
    }

    /** Sends one frame to one connection; a connection that cannot take it is closed, and nobody else's. */
    static void send(Session session, String text) {
        if (!session.isOpen()) {
            return;
        }
        try {
            synchronized (session) {
                session.getBasicRemote().sendText(text);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "A chat connection could not take a frame", e);
            try {
                session.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** Closes a connection whose sign-in has ended. */
    static void signedOut(Session session) {
        try {
            session.close(new jakarta.websocket.CloseReason(jakarta.websocket.CloseReason.CloseCodes.VIOLATED_POLICY,
                    "signed out"));
        } catch (IOException ignored) {
            // already gone
        }
    }

    private String name(long personId) {
        return accounts.summary(personId).map(PersonSummary::name).orElse("");
    }
}
