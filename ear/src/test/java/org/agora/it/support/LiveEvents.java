package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A page's open stream of server-sent events ({@code GET /live}), read as a browser's EventSource reads it: the
 * events arrive on a thread of their own and the test waits for the one it expects.
 */
public final class LiveEvents implements AutoCloseable {

    /** One event: its name, id (the cursor to resume from) and data. */
    public record Event(String name, String id, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private final InputStream body;
    private final Thread reader;

    private LiveEvents(HttpResponse<InputStream> response) {
        assertThat(response.statusCode()).as("the stream opens").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        body = response.body();
        reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream of {@code path} for the client, resuming after {@code lastEventId} if it is not null. */
    public static LiveEvents open(AgoraClient client, String path, String lastEventId) {
        return new LiveEvents(lastEventId == null ? client.openStream(path)
                : client.openStream(path, "Last-Event-ID", lastEventId));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    /** @return the first event (since the last one awaited) with that name whose data matches, within the time */
    public Optional<Event> await(String name, Predicate<String> data, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        try {
            for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
                Event e = events.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    break;
                }
                seen.add(e);
                if (e.name().equals(name) && data.test(e.data())) {
                    return Optional.of(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** @return every event read so far, awaited or not */
    public List<Event> all() {
        List<Event> all = new ArrayList<>(seen);
        all.addAll(events);
        return all;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // already closed
        }
        reader.interrupt();
    }
}
