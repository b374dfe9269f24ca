package org.agora.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same form sent several times at once, as a double-click or several open tabs do. */
public final class Bursts {

    private Bursts() {
    }

    /** POSTs the fields to the path {@code times} times at once and answers every response. */
    public static List<Page> post(AgoraClient client, int times, String path, Map<String, String> fields) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(times)) {
            List<Future<Page>> sent = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return client.postRaw(path, fields);
                }));
            }
            start.countDown();
            List<Page> pages = new ArrayList<>();
            for (Future<Page> page : sent) {
                pages.add(page.get());
            }
            return pages;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
