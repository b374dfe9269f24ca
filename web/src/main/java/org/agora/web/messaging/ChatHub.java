package org.agora.web.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.database.Retries;
import org.agora.messaging.ChatEvent;
import org.agora.messaging.ChatEventCursor;
import org.agora.messaging.ChatEventLog;
import org.agora.messaging.ChatRelay;
import org.agora.messaging.ConversationGate;
import org.agora.messaging.LiveConnections;
import org.agora.messaging.MessageService;
import org.agora.messaging.MessageView;
import org.agora.messaging.PresenceService;
import org.agora.messaging.model.Presence;
import org.agora.people.AccountService;
import org.agora.people.PersonSummary;
import org.agora.validation.Refusal;

/**
 * The open live connections of this node, by person, and the delivery of chat events to them. The events of every
 * node come from the {@link ChatEventLog}: read at once when this node commits one, and on a short beat for those of
 * the others. Each event goes to the people who read its conversation at the moment it is sent, read again from the
 * database, so that a removed member (or a deactivated person) receives nothing more at once, whatever connection
 * they keep open. The connections also tell who is online or away, recorded for every node ({@link LiveConnections})
 * and told to those allowed to see it ({@link PresenceService}).
 */
@ApplicationScoped
public class ChatHub {

    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    /** How often the log is read for the events of other nodes. */
    static final Duration BEAT = Duration.ofMillis(250);

    /** How many events are read at once. */
    private static final int BATCH = 500;

    /** Old events are forgotten every this many beats (a minute). */
    private static final int FORGET_EVERY = 240;

    private final Map<Long, Set<Session>> sockets = new ConcurrentHashMap<>();

    @Inject
    ConversationGate gate;

    @Inject
    MessageService messages;

    @Inject
    AccountService accounts;

    @Inject
    PresenceService presence;

    @Inject
    ChatEventLog log;

    @Inject
    UnreadChanges unreadChanges;

    @Inject
    LiveConnections connections;

    @Inject
    Retries retries;

    /** This node, in the database's record of who is connected where. */
    private final String node = UUID.randomUUID().toString();

    @Resource
    ManagedScheduledExecutorService executor;

    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Runnable wake = this::wake;
    private ChatEventCursor cursor;
    private ScheduledFuture<?> beat;
    private int beats;

    private final PresenceBoard board = new PresenceBoard();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ChatRelay.listen(wake);
        beat = executor.scheduleWithFixedDelay(this::onBeat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ChatRelay.forget(wake);
        if (beat != null) {
            beat.cancel(false);
        }
        try {
            connections.forget(node);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "This node's connections stay recorded until they are found stale", e);
        }
    }

    // this node committed events: read them now, in a thread of their own, not the committing request's
    private void wake() {
        if (woken.compareAndSet(false, true)) {
            executor.execute(this::readLog);
        }
    }

    private void onBeat() {
        readLog();
        if (++beats % FORGET_EVERY == 0) {
            try {
                log.forgetOld();
                connections.refresh(node, board.connected());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Old chat events or connections could not be tidied; the next minute tries again",
                        e);
            }
        }
    }

    // one reader at a time, so that each event is passed on once and in order
    private void readLog() {
        reading.lock();
        try {
            woken.set(false);
            if (cursor == null) {
                // the first read, once the database is up: what comes from now on
                cursor = new ChatEventCursor(log.newest());
            }
            Instant now = Instant.now();
            List<ChatEventLog.Entry> fresh = log.after(cursor.position(), cursor.missing(), BATCH);
            for (ChatEventLog.Entry entry : fresh) {
                if (cursor.read(entry.id(), now) && entry.event() != null) {
                    pass(entry.event());
                }
            }
            cursor.expire(now);
            if (fresh.size() == BATCH) {
                wake();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The chat events could not be read; the next beat tries again", e);
        } finally {
            reading.unlock();
        }
    }

    /** Registers a person's open connection. */
    void join(long personId, Session session) {
        sockets.computeIfAbsent(personId, k -> new CopyOnWriteArraySet<>()).add(session);
        if (board.connected(personId, Instant.now())) {
            record(personId);
        }
    }

    /** Forgets a closed connection. */
    void leave(long personId, Session session) {
        Set<Session> mine = sockets.get(personId);
        if (mine != null && mine.remove(session) && board.disconnected(personId)) {
            record(personId);
        }
    }

    /** Notes that the person did something through a connection: they are not away. */
    void active(long personId) {
        if (board.active(personId, Instant.now())) {
            record(personId);
        }
    }

    /** @return the presence of each of these people, over the live connections of every node */
    Map<Long, Presence> presenceOf(Collection<Long> people) {
        return connections.presence(people);
    }

    // what others see of the person changed on this node: recorded for every node, whose watchers are then told
    private void record(long personId) {
        try {
            retries.run(() -> connections.changed(node, personId, board.lastActivity(personId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The presence of " + personId + " could not be recorded; the next minute does", e);
        }
    }

    // tells the people who may see the person's presence, and who have a connection open here, what it is now
    private void announce(long personId) {
        if (sockets.keySet().stream().noneMatch(p -> p != personId)) {
            return;
        }
        try {
            Presence now = connections.presence(List.of(personId)).get(personId);
            String text = ChatFrames.presence(personId, now.code()).toString();
            for (long watcher : presence.watchers(personId)) {
                for (Session s : sockets.getOrDefault(watcher, Set.of())) {
                    send(s, text);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The presence of " + personId + " could not be told", e);
        }
    }

    private void pass(ChatEvent e) {
        try {
            unreadChanges.accept(e);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The unread counts could not be told of " + e, failed);
        }
        if (sockets.isEmpty()) {
            return;
        }
        if (e.type() == ChatEvent.Type.PRESENCE) {
            announce(e.actorId());
        } else {
            deliver(e);
        }
    }

    /** Passes one event on to the connections of its conversation's readers on this node. */
    void deliver(ChatEvent e) {
        try {
            JsonObject frame = switch (e.type()) {
                case MESSAGE -> ChatFrames.message("message", messages.one(e.messageId(), e.actorId()));
                case EDITED -> ChatFrames.message("edited", messages.one(e.messageId(), e.actorId()));
                case DELETED -> ChatFrames.deleted(e.conversationId(), e.messageId());
                case REACTED -> reacted(e);
                case READ -> ChatFrames.read(e.conversationId(), e.actorId(), name(e.actorId()), e.messageId());
                case MEMBERS -> ChatFrames.members(e.conversationId());
                case TYPING -> ChatFrames.typing(e.conversationId(), e.actorId(), name(e.actorId()));
                case PRESENCE -> throw new IllegalArgumentException("presence is announced to its watchers");
            };
            send(e.conversationId(), frame, e.type() == ChatEvent.Type.TYPING ? e.actorId() : null);
        } catch (Refusal gone) {
            // the message or the writer's access went away since: nothing to tell
            LOG.log(Level.FINE, "A chat event is no longer to be told: " + e, gone);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A chat event could not be delivered: " + e, failed);
        }
    }

    /** Tells the conversation's other readers, on every node, that the person is writing. */
    void typing(long conversationId, long personId) {
        messages.typing(conversationId, personId);
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
