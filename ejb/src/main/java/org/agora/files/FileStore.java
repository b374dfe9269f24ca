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

    private static final String HASH = "[0-9a-f]{64}";

    @Inject
    AgoraConfig config;

    /** A stored file: its content hash and size. */
    public record Stored(String hash, long size) {
    }

    /**
     * An upload written aside, not yet in the store: its content can be checked first, then {@link #keep() kept};
     * closing it without keeping it leaves nothing behind.
     */
    public final class Staged implements AutoCloseable {

        private final Path temp;
        private final String hash;
        private final long size;

        private Staged(Path temp, String hash, long size) {
            this.temp = temp;
            this.hash = hash;
            this.size = size;
        }

        public long size() {
            return size;
        }

        /** @return the first bytes of the content, at most {@code max} */
        public byte[] head(int max) {
            try (InputStream in = Files.newInputStream(temp)) {
                return in.readNBytes(max);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Moves the content into the store. */
        public Stored keep() {
            try {
                Path target = path(hash);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Stored(hash, size);
            } catch (IOException e) {
                throw new UncheckedIOException("The file could not be stored", e);
            }
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Stores the content if it is not empty and not larger than {@code maxBytes}.
     *
     * @throws InvalidInputException if the file is empty or too large; nothing is kept then
     */
    public Stored store(InputStream content, long maxBytes) {
        try (Staged staged = stage(content, maxBytes)) {
            return staged.keep();
        }
    }

    /**
     * Writes the content aside, if it is not empty and not larger than {@code maxBytes}, to be checked before it is
     * kept; the caller closes it.
     *
     * @throws InvalidInputException if the file is empty or too large; nothing is kept then
     */
    public Staged stage(InputStream content, long maxBytes) {
        try {
            Path root = Files.createDirectories(root());
            Path temp = Files.createTempFile(root, "upload-", ".part");
            boolean staged = false;
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                    size = copy(content, out, maxBytes);
                }
                if (size == 0) {
                    throw new InvalidInputException("file", "error.file.empty");
                }
                staged = true;
                return new Staged(temp, HexFormat.of().formatHex(sha.digest()), size);
            } finally {
                if (!staged) {
                    Files.deleteIfExists(temp);
                }
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
                throw new InvalidInputException("file", "error.file.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** @return the content of a stored file */
    public InputStream open(String hash) throws IOException {
        return Files.newInputStream(path(checked(hash)));
    }

    /**
     * Removes a file's bytes; the caller has made sure that nothing refers to them any more.
     */
    public void delete(String hash) {
        try {
            Files.deleteIfExists(path(checked(hash)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checked(String hash) {
        if (!hash.matches(HASH)) {
            throw new IllegalArgumentException("not a content hash: " + hash);
        }
        return hash;
    }

    private Path root() {
        return config.dataDir().resolve("files");
    }

    private Path path(String hash) {
        return root().resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }
}
