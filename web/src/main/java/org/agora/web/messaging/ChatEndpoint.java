package org.agora.web.messaging;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.security.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.database.Retries;
import org.agora.messaging.MessageService;
import org.agora.messaging.MessageView;
import org.agora.people.AccountService;
import org.agora.people.PersonSummary;
import org.agora.reactions.model.ReactionKind;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.Refusal;
import org.agora.validation.UnknownItemException;
import org.agora.web.i18n.BundleMessages;

/**
 * {@code /chat/socket}: a signed-in person's live connection, in JSON frames. The client sends {@code send},
 * {@code react}, {@code read}, {@code typing}, {@code resume} (what came after the last message it has, and from
 * {@code from} on the messages it shows as they are now) and
 * {@code ping}; the server sends what happens in the person's conversations ({@link ChatHub}). A malformed frame,
 * a refused one, or more than {@value #FRAMES} frames in {@value #WINDOW_SECONDS} seconds get an {@code error} frame,
 * and the connection stays open, as everyone else's.
 */
@ServerEndpoint(value = "/chat/socket", configurator = ChatHandshake.class)
public class ChatEndpoint {

    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    static final int FRAMES = 20;
    static final int WINDOW_SECONDS = 10;
    private static final long TYPING_PAUSE_NANOS = Duration.ofSeconds(2).toNanos();

    private final FrameLimit limit = new FrameLimit(FRAMES, Duration.ofSeconds(WINDOW_SECONDS));
    private final Map<Long, Long> lastTyping = new HashMap<>();
    private PersonSummary me;
    private Locale locale = Locale.ENGLISH;

    @OnOpen
    public void open(Session session) throws IOException {
        Map<String, Object> properties = session.getUserProperties();
        Principal principal = session.getUserPrincipal();
        String email = principal != null ? principal.getName() : (String) properties.get(ChatHandshake.PERSON);
        if (properties.get(ChatHandshake.LOCALE) instanceof Locale l) {
            locale = l;
        }
        me = email == null || Boolean.TRUE.equals(properties.get(ChatHandshake.FOREIGN)) ? null
                : bean(AccountService.class).byEmail(email).orElse(null);
        if (me == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        bean(ChatHub.class).join(me.id(), session);
    }

    @OnMessage(maxMessageSize = 16 * 1024)
    public void frame(Session session, String text) {
        if (me == null) {
            return;
        }
        if (!ChatHandshake.signedIn(session)) {
            ChatHub.signedOut(session);
            return;
        }
        JsonObject frame;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            frame = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            frame = null;
        }
        String type = frame == null ? null : string(frame, "type");
        if (!"ping".equals(type)) {
            // pings keep a quiet page connected; anything else is the person doing something
            bean(ChatHub.class).active(me.id());
        }
        if ("typing".equals(type) || "ping".equals(type)) {
            light(session, frame, type);
            return;
        }
        String ref = frame == null ? null : string(frame, "ref");
        if (!limit.allow(System.nanoTime())) {
            error(session, "rate", "chat.error.rate", ref);
            return;
        }
        if (type == null) {
            error(session, "malformed", "chat.error.malformed", ref);
            return;
        }
        try {
            MessageService messages = bean(MessageService.class);
            Retries retries = bean(Retries.class);
            switch (type) {
                case "send" -> {
                    long conversation = number(frame, "conversation");
                    Long parent = optional(frame, "parent");
                    String body = string(frame, "text");
                    MessageView sent = retries.get(() -> messages.send(conversation, me.id(), parent, body));
                    ChatHub.send(session, ChatFrames.sent(ref, sent.id()).toString());
                }
                case "react" -> {
                    long message = number(frame, "id");
                    ReactionKind kind = ReactionKind.parse(string(frame, "kind"));
                    retries.run(() -> messages.react(message, me.id(), kind));
                }
                case "read" -> {
                    long conversation = number(frame, "conversation");
                    long upTo = number(frame, "id");
                    retries.run(() -> messages.markRead(conversation, me.id(), upTo));
                }
                case "resume" -> resume(session, frame);
                default -> error(session, "malformed", "chat.error.malformed", ref);
            }
        } catch (MalformedFrame e) {
            error(session, "malformed", "chat.error.malformed", ref);
        } catch (InvalidInputException e) {
            refused(session, "invalid", e, ref);
        } catch (UnknownItemException e) {
            refused(session, "unknown", e, ref);
        } catch (AccessDeniedException e) {
            refused(session, "denied", e, ref);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A chat frame failed", e);
            error(session, "failed", "chat.error.failed", ref);
        }
    }

    // typing and pings are neither counted nor answered with errors: a lively writer is not a flood
    private void light(Session session, JsonObject frame, String type) {
        if ("ping".equals(type)) {
            ChatHub.send(session, "{\"type\":\"pong\"}");
            return;
        }
        try {
            long conversation = number(frame, "conversation");
            long now = System.nanoTime();
            Long last = lastTyping.get(conversation);
            if (last == null || now - last >= TYPING_PAUSE_NANOS) {
                lastTyping.put(conversation, now);
                bean(ChatHub.class).typing(conversation, me.id());
            }
        } catch (MalformedFrame e) {
            error(session, "malformed", "chat.error.malformed", null);
        } catch (Refusal e) {
            refused(session, "unknown", e, null);
        }
    }

    // the messages the page shows ("from" its first one) as they are now, what came after its last message, oldest
    // first, then where it stopped
    private void resume(Session session, JsonObject frame) {
        long after = number(frame, "after");
        Long conversation = optional(frame, "conversation");
        Long from = optional(frame, "from");
        MessageService messages = bean(MessageService.class);
        if (conversation != null && from != null) {
            for (MessageView m : messages.shown(conversation, me.id(), from, after)) {
                ChatHub.send(session, ChatFrames.message("current", m).toString());
            }
        }
        long last = after;
        for (MessageView m : messages.after(conversation, me.id(), after)) {
            ChatHub.send(session, ChatFrames.message("message", m).toString());
            last = m.id();
        }
        ChatHub.send(session, Json.createObjectBuilder().add("type", "resumed").add("last", last).build().toString());
    }

    @OnClose
    public void close(Session session) {
        if (me != null) {
            bean(ChatHub.class).leave(me.id(), session);
        }
    }

    @OnError
    public void failed(Session session, Throwable t) {
        LOG.log(Level.FINE, "A chat connection failed", t);
    }

    private void refused(Session session, String code, Refusal e, String ref) {
        ChatHub.send(session, ChatFrames.error(code, e.message(locale), ref).toString());
    }

    private void error(Session session, String code, String key, String ref) {
        ChatHub.send(session, ChatFrames.error(code, BundleMessages.get(locale, key), ref).toString());
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private static String string(JsonObject frame, String name) {
        JsonValue v = frame.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject frame, String name) {
        Long n = optional(frame, name);
        if (n == null) {
            throw new MalformedFrame();
        }
        return n;
    }

    private static Long optional(JsonObject frame, String name) {
        JsonValue v = frame.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                throw new MalformedFrame();
            }
        }
        throw new MalformedFrame();
    }

    /** A frame without a field it needs, or with one of the wrong type. */
    private static final class MalformedFrame extends RuntimeException {
        MalformedFrame() {
            super(null, null, false, false);
        }
    }
}
