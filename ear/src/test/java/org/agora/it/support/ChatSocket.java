package org.agora.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A live chat connection ({@code /chat/socket}) opened with the JDK's WebSocket client and the session cookie of a
 * signed-in {@link AgoraClient}; it keeps every JSON frame it receives, in order.
 */
public final class ChatSocket implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private ChatSocket() {
    }

    /** Opens the connection as the person the client signed in as. */
    public static ChatSocket open(AgoraClient client) {
        return open(client.base(), client.cookieHeader(), null);
    }

    /**
     * Opens a connection with these cookies (none: null) and this Origin header (none: null).
     *
     * @throws IllegalStateException if the handshake fails
     */
    public static ChatSocket open(String cookies, String origin) {
        return open(Agora.URL, cookies, origin);
    }

    private static ChatSocket open(String base, String cookies, String origin) {
        ChatSocket chat = new ChatSocket();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null && !cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            chat.socket = builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/chat/socket"), chat)
                    .get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the chat connection did not open", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return chat;
    }

    /** Sends a text frame as it is, well-formed or not. */
    public ChatSocket send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** @return the next frame that matches, skipping the others; fails after the timeout */
    public JsonObject next(Predicate<JsonObject> wanted, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                JsonObject frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no frame came that was expected within " + timeout);
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return for each description, in its order, the first frame that matches it, whatever order they come in;
     *     frames that match none are skipped; fails after the timeout
     */
    @SafeVarargs
    public final List<JsonObject> each(Duration timeout, Predicate<JsonObject>... wanted) {
        JsonObject[] found = new JsonObject[wanted.length];
        int missing = wanted.length;
        long end = System.nanoTime() + timeout.toNanos();
        while (missing > 0) {
            long left = end - System.nanoTime();
            JsonObject frame = next(f -> true, Duration.ofNanos(Math.max(left, 1)));
            for (int i = 0; i < wanted.length; i++) {
                if (found[i] == null && wanted[i].test(frame)) {
                    found[i] = frame;
                    missing--;
                    break;
                }
            }
        }
        return List.of(found);
    }

    /** @return the next frame of that type */
    public JsonObject next(String type) {
        return next(f -> type.equals(f.getString("type", "")), Duration.ofSeconds(10));
    }

    /** @return every frame that arrives during the time given */
    public List<JsonObject> during(Duration time) {
        List<JsonObject> got = new ArrayList<>();
        long end = System.nanoTime() + time.toNanos();
        try {
            long left;
            while ((left = end - System.nanoTime()) > 0) {
                JsonObject frame = frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame != null) {
                    got.add(frame);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return got;
    }

    /** @return true while neither side closed the connection */
    public boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    /** @return the close code the server sent, waiting for it up to the timeout */
    public int closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the connection was not closed within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                frames.add(reader.readObject());
            }
            partial.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
    }
}
