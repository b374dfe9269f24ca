package org.agora.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.agora.config.AgoraConfig;
import org.agora.validation.InvalidInputException;

/**
 * Uploaded files on disk under the data folder, named by the SHA-256 of their content, so the same file uploaded
 * twice is stored once. The database keeps who, when and what; this store keeps bytes.
 */
@ApplicationScoped
public class FileStore {

    @Inject
    AgoraConfig config;

    /** A stored file: its content hash and size. */
    public record Stored(String hash, long size) {
    }

    /**
     * Stores the content if it is not empty and not larger than {@code maxBytes}.
     *
     * @throws InvalidInputException if the file is empty or too large; nothing is kept then
     */
    public Stored store(InputStream content, long maxBytes) {
        try {
            Path root = Files.createDirectories(root());
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                    size = copy(content, out, maxBytes);
                }
                if (size == 0) {
                    throw new InvalidInputException("file", "The file is empty.");
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = path(hash);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Stored(hash, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new InvalidInputException("file", "The file is larger than the limit of "
                        + Math.max(1, maxBytes / (1024 * 1024)) + " MB.");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** @return the content of a stored file */
    public InputStream open(String hash) throws IOException {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content hash: " + hash);
        }
        return Files.newInputStream(path(hash));
    }

    private Path root() {
        return config.dataDir().resolve("files");
    }

    private Path path(String hash) {
        return root().resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }
}
