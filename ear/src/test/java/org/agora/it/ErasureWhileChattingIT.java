package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Privacy;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An administrator erases people while their colleagues keep writing, to them in groups and one-to-one and to each
 * other: every message is sent, none waits for the database to break a deadlock, every erasure completes, and the
 * erased people have left their groups.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ErasureWhileChattingIT {

    /** Derby looks for a deadlock only after a lock has been waited for this long, then gives up one side. */
    private static final Duration DERBY_DEADLOCK_CHECK = Duration.ofSeconds(20);

    private static final int LEAVING = 6;
    private static final int GROUPS_EACH = 3;

    @Test
    void messagesSentWhilePeopleAreErasedAreAllSentAndTheErasuresComplete() throws Exception {
        String id = Agora.unique("leaving");
        AgoraClient admin = TestAccounts.admin();
        List<String> writerHandles = List.of("ada", "bob", "cyd", "dee").stream().map(n -> n + "." + id).toList();
        Map<AgoraClient, List<Long>> writers = new LinkedHashMap<>();
        for (String handle : writerHandles) {
            writers.put(TestAccounts.member(handle.substring(0, 3) + " " + id, handle + "@agora.test"),
                    new ArrayList<>());
        }
        AgoraClient ada = writers.keySet().iterator().next();
        List<Long> leavingIds = new ArrayList<>();
        List<Long> groups = new ArrayList<>();
        for (int i = 0; i < LEAVING; i++) {
            String handle = "leo" + i + "." + id;
            AgoraClient leo = TestAccounts.member("Leo" + i + " " + id, handle + "@agora.test");
            leavingIds.add(Privacy.personId(admin, handle + "@agora.test"));
            for (int g = 0; g < GROUPS_EACH; g++) {
                long group = Chats.group(ada, "Team " + i + g + " " + id,
                        handle + ", " + String.join(", ", writerHandles.subList(1, writerHandles.size())));
                groups.add(group);
                // what they muted is erased with them, while the writers read who muted the conversation
                leo.get("/messages/" + group);
                assertThat(leo.post("/messages/" + group + "/mute", Map.of("muted", "true")).status()).isEqualTo(303);
                writers.values().forEach(theirs -> theirs.add(group));
            }
            writers.forEach((writer, theirs) -> theirs.add(Chats.direct(writer, handle)));
        }
        // and conversations of the writers with Ada, which none of the leaving people belongs to
        List<Long> adas = writers.get(ada);
        writers.forEach((writer, theirs) -> {
            if (writer != ada) {
                long withAda = Chats.direct(writer, writerHandles.getFirst());
                theirs.add(withAda);
                adas.add(withAda);
            }
        });

        AtomicBoolean erasing = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger sentDuringErasures = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(writers.size())) {
            List<Future<?>> writing = new ArrayList<>();
            for (var writer : writers.entrySet()) {
                writing.add(threads.submit(() -> {
                    AgoraClient me = writer.getKey();
                    me.get("/messages");
                    for (int n = 0; erasing.get(); n++) {
                        long conversation = writer.getValue().get(n % writer.getValue().size());
                        long start = System.nanoTime();
                        Page answer = me.post("/messages/" + conversation, Map.of("text", "Still there? " + n));
                        slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                        if (answer.status() == 303) {
                            sent.incrementAndGet();
                        } else {
                            refused.add(conversation + ": " + answer.status() + " " + Forms.html(answer).title());
                        }
                    }
                }));
            }
            try {
                for (long leaving : leavingIds) {
                    // every writer is writing when the erasure starts, whatever the machine's speed
                    int before = sent.get();
                    await().atMost(Duration.ofSeconds(30)).until(() -> sent.get() >= before + writers.size());
                    int atStart = sent.get();
                    Privacy.erase(admin, leaving);
                    sentDuringErasures.addAndGet(sent.get() - atStart);
                }
            } finally {
                erasing.set(false);
            }
            for (Future<?> w : writing) {
                w.get();
            }
        }

        assertThat(refused).as("messages refused while people were erased").isEmpty();
        assertThat(sentDuringErasures.get()).as("messages sent while an erasure ran").isGreaterThanOrEqualTo(LEAVING);
        // a message that waited until Derby broke a deadlock was sent on a retry, but 20 seconds late
        assertThat(Duration.ofNanos(slowest.get())).as("the slowest message").isLessThan(DERBY_DEADLOCK_CHECK);
        for (long group : groups) {
            List<Long> members = Forms.html(ada.get("/messages/" + group)).select(".chat-members .member")
                    .eachAttr("data-person").stream().map(Long::valueOf).distinct().toList();
            assertThat(members).as("group " + group).hasSize(writers.size()).doesNotContainAnyElementsOf(leavingIds);
        }
    }
}
