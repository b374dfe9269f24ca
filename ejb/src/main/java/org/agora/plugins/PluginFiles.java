package org.agora.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.validation.InvalidInputException;

/** The plugins folder on disk: uploads written beside the jars first, then moved into place. */
final class PluginFiles {

    private static final Logger LOG = Logger.getLogger(PluginFiles.class.getName());

    /** Uploads wait under this suffix, which no scan of {@code *.jar} picks up. */
    private static final String PART = ".part";

    private PluginFiles() {
    }

    /**
     * Copies an upload into a temporary file of the folder, stopping as soon as it is larger than {@code maxBytes}.
     *
     * @throws InvalidInputException if the upload is too large; nothing is left behind
     */
    static Path receive(Path folder, InputStream content, long maxBytes) throws IOException {
        Path part = folder.resolve(".upload-" + UUID.randomUUID() + PART);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(part)) {
            for (int n; (n = content.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException("jar", "error.jar.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (total == 0) {
            Files.deleteIfExists(part);
            throw new InvalidInputException("jar", "error.jar.missing");
        }
        return part;
    }

    /** @return the file's bytes */
    static byte[] bytes(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the SHA-256 of a file in hex, or empty when it cannot be read */
    static String sha256OrEmpty(Path jar) {
        try {
            return sha256(jar);
        } catch (IOException e) {
            return "";
        }
    }

    /** Deletes a jar; a jar that stays is logged, since it would be loaded again at the next start. */
    static void delete(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the plugin jar " + jar, e);
        }
    }

    /** @return the SHA-256 of a file, in hex */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
