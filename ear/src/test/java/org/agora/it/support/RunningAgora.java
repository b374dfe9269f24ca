package org.agora.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits, once per test run, until the shared test server answers as healthy: the build started it and deployed
 * Agora, but Agora's own start-up (migrations, plugins, the search index) may still be under way.
 */
public final class RunningAgora implements BeforeAllCallback {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static volatile boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        if (!ready) {
            awaitHealthy();
        }
    }

    private static synchronized void awaitHealthy() throws InterruptedException {
        if (ready) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(Agora.URL + "/health"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    ready = true;
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The test server at " + Agora.URL + " is not healthy after " + PATIENCE
                + ": " + last);
    }
}
