package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Chats;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Live delivery under load: many real WebSocket clients (200 by default, {@code -Dagora.bench.clients}) in groups of
 * ten, each group receiving one message a second from a member in turn, for {@code -Dagora.bench.seconds} (60);
 * the time from sending a frame to each other member's receipt of it, and {@code /health} measured meanwhile. Run
 * with {@code ./mvnw verify -pl ear -am -Dagora.bench=true -Dit.test=ChatDeliveryBenchIT}; the numbers go to
 * {@code target/chat-delivery-bench.txt}.
 */
@AgoraTest
@Alone
@EnabledIfSystemProperty(named = "agora.bench", matches = "true")
class ChatDeliveryBenchIT {

    private static final int GROUP = 10;
    private static final Pattern MARK = Pattern.compile("\"type\":\"message\".*?bench(\\d+)x");

    /** One member's connection, noting when each bench message arrives. */
    private static final class Receiver implements WebSocket.Listener {
        private final int member;
        private final Map<Integer, Long> sentAt;
        private final Map<Integer, Integer> senders;
        private final ConcurrentLinkedQueue<Long> delays;
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Receiver(int member, Map<Integer, Long> sentAt, Map<Integer, Integer> senders,
                 ConcurrentLinkedQueue<Long> delays) {
            this.member = member;
            this.sentAt = sentAt;
            this.senders = senders;
            this.delays = delays;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                Matcher m = MARK.matcher(partial);
                if (m.find()) {
                    int seq = Integer.parseInt(m.group(1));
                    Long sent = sentAt.get(seq);
                    if (sent != null && senders.get(seq) != member) {
                        delays.add(now - sent);
                    }
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Test
    void messagesReachEveryMemberQuicklyUnderLoad() throws Exception {
        int clients = Integer.getInteger("agora.bench.clients", 200);
        int seconds = Integer.getInteger("agora.bench.seconds", 60);
        String id = Agora.unique("bench");
        List<AgoraClient> people = new ArrayList<>();
        long setup = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            people.add(TestAccounts.member("Bench " + i + " " + id, "b" + i + "." + id + "@agora.test"));
        }
        List<Long> groups = new ArrayList<>();
        for (int g = 0; g < clients / GROUP; g++) {
            StringBuilder handles = new StringBuilder();
            for (int i = 1; i < GROUP; i++) {
                handles.append(i == 1 ? "" : ",").append("b").append(g * GROUP + i).append(".").append(id);
            }
            groups.add(Chats.group(people.get(g * GROUP), "Bench group " + g, handles.toString()));
        }
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        Map<Integer, Integer> senders = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
        List<Receiver> receivers = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < clients; i++) {
            Receiver r = new Receiver(i, sentAt, senders, delays);
            r.socket = http.newWebSocketBuilder().header("Cookie", people.get(i).cookieHeader())
                    .connectTimeout(Duration.ofSeconds(20))
                    .buildAsync(URI.create(Agora.URL.replaceFirst("^http", "ws") + "/chat/socket"), r)
                    .get(30, TimeUnit.SECONDS);
            receivers.add(r);
        }
        long setupSeconds = (System.nanoTime() - setup) / 1_000_000_000;

        AtomicInteger seq = new AtomicInteger();
        ScheduledExecutorService beat = Executors.newScheduledThreadPool(4);
        for (int g = 0; g < groups.size(); g++) {
            int group = g;
            AtomicInteger turn = new AtomicInteger();
            // the groups' messages spread over each second rather than all at once
            beat.scheduleAtFixedRate(() -> {
                int member = group * GROUP + turn.getAndIncrement() % GROUP;
                int n = seq.incrementAndGet();
                senders.put(n, member);
                sentAt.put(n, System.nanoTime());
                receivers.get(member).socket.sendText("{\"type\":\"send\",\"conversation\":" + groups.get(group)
                        + ",\"text\":\"load bench" + n + "x\"}", true);
            }, 1000L * g / groups.size(), 1000, TimeUnit.MILLISECONDS);
        }
        AgoraClient probe = people.get(0);
        List<Long> health = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            assertThat(probe.get("/health").status()).isEqualTo(200);
            health.add(System.nanoTime() - t);
            Thread.sleep(200);
        }
        beat.shutdownNow();
        Thread.sleep(3000);
        receivers.forEach(r -> r.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));

        int sent = seq.get();
        List<Long> all = new ArrayList<>(delays);
        Collections.sort(all);
        Collections.sort(health);
        long expected = (long) sent * (GROUP - 1);
        double p50 = ms(percentile(all, 50));
        double p95 = ms(percentile(all, 95));
        double p99 = ms(percentile(all, 99));
        double healthP50 = ms(percentile(health, 50));
        double healthP95 = ms(percentile(health, 95));
        List<String> lines = List.of(
                "clients: " + clients + " WebSocket connections in " + groups.size() + " groups of " + GROUP
                        + " (accounts, groups and connections set up in " + setupSeconds + " s)",
                "sent: " + sent + " messages in " + seconds + " s (one a second in each group)",
                "received: " + all.size() + " of " + expected + " expected receipts",
                "delivery send->receipt: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(p50, p95, p99,
                        ms(all.getLast())),
                "/health meanwhile: p50 %.1f ms, p95 %.1f ms (%d requests)".formatted(healthP50, healthP95,
                        health.size()),
                "ratio delivery p95 / health p95: %.1f".formatted(p95 / healthP95));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "chat-delivery-bench.txt"), lines);
        assertThat((long) all.size()).as("every member receives every message")
                .isGreaterThanOrEqualTo(expected * 99 / 100);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
