package org.agora.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings an administrator changes through the {@code <variable>}s of {@code server.xml}. */
@ApplicationScoped
public class AgoraConfig {

    @Inject
    @ConfigProperty(name = "agora.data.dir", defaultValue = "agora-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "agora.plugins.dir", defaultValue = "plugins")
    String pluginsDir;

    @Inject
    @ConfigProperty(name = "agora.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "agora.documents.max.mb", defaultValue = "50")
    long uploadMaxMegabytes;

    @Inject
    @ConfigProperty(name = "agora.plugins.max.mb", defaultValue = "20")
    long pluginsMaxMegabytes;

    @Inject
    @ConfigProperty(name = "agora.plugins.timeout.seconds", defaultValue = "5")
    long pluginTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "agora.plugins.max.failures", defaultValue = "5")
    int pluginMaxFailures;

    @Inject
    @ConfigProperty(name = "agora.passwords.iterations", defaultValue = "210000")
    int passwordIterations;

    /** The fewest PBKDF2 iterations a password hash may take, whatever the setting says. */
    public static final int MIN_PASSWORD_ITERATIONS = 10_000;

    /**
     * @return how many PBKDF2 iterations a new password hash takes: 210,000 as OWASP advises for SHA-512; a test
     *         server takes fewer, as it hashes a password for each of the thousands of people its tests add
     */
    public int passwordIterations() {
        return Math.max(MIN_PASSWORD_ITERATIONS, passwordIterations);
    }

    /** @return the largest plugin jar an administrator may upload, in bytes */
    public long pluginsMaxBytes() {
        return pluginsMaxMegabytes * 1024 * 1024;
    }

    /** @return how long a plugin's page handler may run before it is cut off */
    public java.time.Duration pluginTimeout() {
        return java.time.Duration.ofSeconds(Math.max(1, pluginTimeoutSeconds));
    }

    /** @return after how many failures in a row a plugin is suspended */
    public int pluginMaxFailures() {
        return Math.max(1, pluginMaxFailures);
    }

    @Inject
    @ConfigProperty(name = "agora.plugins.cooldown.seconds", defaultValue = "60")
    long pluginCoolDownSeconds;

    /** @return how long a suspended plugin is not called before one call tries it again, at first */
    public Duration pluginCoolDown() {
        return Duration.ofSeconds(Math.max(1, pluginCoolDownSeconds));
    }

    @Inject
    @ConfigProperty(name = "agora.feed.visit.pause.minutes", defaultValue = "30")
    long visitPauseMinutes;

    /** @return the longest pause between two openings of the home feed that still count as one visit */
    public Duration visitPause() {
        return Duration.ofMinutes(visitPauseMinutes);
    }

    @Inject
    @ConfigProperty(name = "agora.search.retry.attempts", defaultValue = "5")
    int searchRetryAttempts;

    @Inject
    @ConfigProperty(name = "agora.search.retry.seconds", defaultValue = "10")
    long searchRetrySeconds;

    /** @return how many attempts a change gets to reach the search index before it is parked */
    public int searchRetryAttempts() {
        return Math.max(1, searchRetryAttempts);
    }

    /** @return the pause after a change's first failed attempt to reach the search index; it doubles after each */
    public Duration searchRetryPause() {
        return Duration.ofSeconds(Math.max(0, searchRetrySeconds));
    }

    /** @return the folder for the search index and uploaded files */
    public Path dataDir() {
        return Path.of(dataDir);
    }

    /** @return the folder Agora loads plugin jars from */
    public Path pluginsDir() {
        return Path.of(pluginsDir);
    }

    /**
     * @return the largest file a person may upload, in megabytes: a document, a post's attachment, a profile photo,
     *     an employee import, or the files of one form sent to a plugin's page (plugin jars have their own limit)
     */
    public long uploadMaxMegabytes() {
        return uploadMaxMegabytes;
    }

    /** @return {@link #uploadMaxMegabytes()} in bytes */
    public long uploadMaxBytes() {
        return uploadMaxMegabytes * 1024 * 1024;
    }

    /** @return true if a demo company is seeded into an empty database */
    public boolean demo() {
        return demo;
    }

    @Inject
    @ConfigProperty(name = "agora.requests.concurrent", defaultValue = "0")
    int concurrentRequests;

    /**
     * @return how many page requests run at once, the others waiting in line for their turn: by default four per
     *         processor, since on a busy server more at once only make each other wait for locks and processors
     */
    public int concurrentRequests() {
        return concurrentRequests > 0 ? concurrentRequests : 4 * Runtime.getRuntime().availableProcessors();
    }

    @Inject
    @ConfigProperty(name = "agora.diagnostics.sql.count", defaultValue = "false")
    boolean countSqlStatements;

    /** @return true if each answer tells in a header how many SQL statements it took (for tests and measurements) */
    public boolean countSqlStatements() {
        return countSqlStatements;
    }

    // empty in server.xml by default, which MicroProfile Config reads as absent
    @Inject
    @ConfigProperty(name = "agora.calls.url")
    java.util.Optional<String> callsUrl;

    /**
     * @return the address of a video call with {@code {room}} where the room's name goes (such as
     *     {@code https://meet.jit.si/{room}}), or empty when no call server is set
     */
    public java.util.Optional<String> callsUrl() {
        return callsUrl.map(String::strip).filter(u -> u.contains("{room}"));
    }
}
