package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * An Agora on a Liberty server of its own, which a test starts, kills as a power cut would and starts again: a copy
 * of the test server's configuration, JVM options, modules and EAR, with an empty database, on ports of its own.
 */
public final class KillableServer implements AutoCloseable {

    private final Path wlp;
    private final String name;
    private final Path dir;
    private final String url;

    private KillableServer(Path wlp, String name, String url) {
        this.wlp = wlp;
        this.name = name;
        this.dir = wlp.resolve("usr/servers").resolve(name);
        this.url = url;
    }

    /**
     * Creates the server next to {@code model}, a test server's folder, with the system properties
     * {@code agora.killable.http.port} and {@code agora.killable.https.port} as its ports.
     *
     * @param pluginTimeoutSeconds how long a module's call may take, longer than on the shared server when the test
     *                             holds a module's work
     */
    public static KillableServer nextTo(Path model, String name, int pluginTimeoutSeconds) {
        return create(model, name, killablePort("http", 29081), killablePort("https", 29444), pluginTimeoutSeconds,
                null);
    }

    /**
     * Creates a server next to {@code model} whose database is the shared one, as a cluster's node: start one such
     * server first, which brings the database's tables up to date, then the others.
     */
    public static KillableServer onSharedDatabase(Path model, String name, int http, int https,
                                                  SharedDatabase database) {
        return create(model, name, http, https, 20, database);
    }

    private static int killablePort(String scheme, int fallback) {
        return Integer.getInteger("agora.killable." + scheme + ".port", fallback);
    }

    private static KillableServer create(Path model, String name, int http, int https, int pluginTimeoutSeconds,
                                         SharedDatabase database) {
        KillableServer server = new KillableServer(model.getParent().getParent().getParent(), name + "-" + http,
                "http://localhost:" + http);
        try {
            server.deleteFolder();
            Files.createDirectories(server.dir.resolve("dropins"));
            Files.copy(model.resolve("server.xml"), server.dir.resolve("server.xml"));
            Files.copy(model.resolve("server.env"), server.dir.resolve("server.env"));
            Files.copy(model.resolve("jvm.options"), server.dir.resolve("jvm.options"));
            copyTree(model.resolve("configDropins"), server.dir.resolve("configDropins"));
            copyTree(model.resolve("resources"), server.dir.resolve("resources"));
            if (database != null) {
                useSharedDatabase(server.dir, database);
            }
            // the modules the build installs, not the test plugins other tests dropped there
            Files.createDirectories(server.dir.resolve("plugins"));
            try (Stream<Path> jars = Files.list(model.resolve("plugins"))) {
                for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("agora-plugin-")).toList()) {
                    Files.copy(jar, server.dir.resolve("plugins").resolve(jar.getFileName()));
                }
            }
            Files.copy(Path.of(System.getProperty("agora.ear")), server.dir.resolve("dropins/agora-ear.ear"));
            // read after the test server's own overrides, so these values win
            Files.writeString(server.dir.resolve("configDropins/overrides/zz-killable.xml"), """
                    <server>
                        <variable name="http.port" value="%d"/>
                        <variable name="https.port" value="%d"/>
                        <variable name="agora.url" value="%s"/>
                        <variable name="agora.plugins.timeout.seconds" value="%d"/>
                    </server>
                    """.formatted(http, https, server.url, pluginTimeoutSeconds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** The data source reaches the shared database through Derby's client driver instead of an embedded one. */
    private static void useSharedDatabase(Path dir, SharedDatabase database) throws IOException {
        Path config = dir.resolve("server.xml");
        String xml = Files.readString(config);
        String embedded = "<properties.derby.embedded databaseName=\"${agora.db.name}\" createDatabase=\"create\"/>";
        assertThat(xml).as("the embedded database's data source in " + config).contains(embedded);
        Files.writeString(config, xml.replace(embedded, database.dataSourceProperties()));
        Path client = SharedDatabase.clientJar();
        Files.copy(client, dir.resolve("resources/derby").resolve(client.getFileName()));
    }

    /** @return where the server keeps its files */
    public Path folder() {
        return dir;
    }

    /** @return a new client of this server */
    public AgoraClient client() {
        return AgoraClient.at(url);
    }

    /** Starts the server and waits until Agora answers. */
    public void start() {
        run("start");
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /** Ends the server's process at once, as a power cut or {@code kill -9} would: nothing is shut down in order. */
    public void kill() {
        ProcessHandle process = ProcessHandle.of(pid()).orElseThrow();
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** Stops the server, if it runs, and deletes it. */
    @Override
    public void close() {
        run("stop");
        deleteFolder();
    }

    private long pid() {
        try {
            return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String action) {
        ProcessBuilder command = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
                .redirectErrorStream(true).redirectOutput(dir.getParent().resolve(name + "-" + action + ".log")
                        .toFile());
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            int exit = command.start().waitFor();
            if (action.equals("start")) {
                assertThat(exit).as("server start " + name).isZero();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void deleteFolder() {
        Folders.delete(dir);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
