package org.agora.it.support;

import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby network server in the test JVM, serving one database to several Agora servers, as a cluster's nodes share
 * theirs.
 */
public final class SharedDatabase implements AutoCloseable {

    private final NetworkServerControl server;
    private final Path folder;
    private final int port;

    private SharedDatabase(NetworkServerControl server, Path folder, int port) {
        this.server = server;
        this.folder = folder;
        this.port = port;
    }

    /** Starts the network server on that port of the loopback address, with an empty folder for its database. */
    public static SharedDatabase start(int port) {
        try {
            Path folder = Files.createTempDirectory("agora-shared-database");
            // the engine's own log goes next to the database, not into the module's folder
            System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
            NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
            server.start(new PrintWriter(Files.newBufferedWriter(folder.resolve("network-server.log")), true));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        server.ping();
                        return true;
                    });
            return new SharedDatabase(server, folder, port);
        } catch (Exception e) {
            throw new IllegalStateException("the Derby network server did not start on port " + port, e);
        }
    }

    /** @return Liberty's data source properties for this database, in place of the embedded database's */
    String dataSourceProperties() {
        return """
                <properties.derby.client databaseName="%s" serverName="localhost" portNumber="%d" \
                createDatabase="create" user="APP" password="agora"/>"""
                .formatted(folder.resolve("agora"), port);
    }

    /** @return the client driver's jar, for the Liberty servers' Derby library */
    static Path clientJar() {
        try {
            return Path.of(org.apache.derby.client.ClientAutoloadedDriver.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the network server and deletes the database. */
    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("the Derby network server did not stop", e);
        } finally {
            Folders.delete(folder);
        }
    }
}
