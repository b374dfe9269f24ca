package org.agora.people.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photo files in a folder, each named by the SHA-256 of its content: a file never changes once written, so it can be
 * cached for long, and two people uploading the same picture share one file.
 */
public class PhotoStore {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.jpg");

    private final Path folder;

    public PhotoStore(Path folder) {
        this.folder = folder;
    }

    /** @return the name of the file holding the content, written now unless it existed */
    public String put(byte[] jpeg) {
        String name = sha256(jpeg) + ".jpg";
        Path target = folder.resolve(name);
        if (Files.isRegularFile(target)) {
            return name;
        }
        try {
            Files.createDirectories(folder);
            // written aside and moved, so that a reader never sees half a file
            Path part = Files.createTempFile(folder, "upload", ".part");
            try {
                Files.write(part, jpeg);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    /** @return the content of a stored file, if the name is a store name and the file exists */
    public Optional<byte[]> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file, if the name is a store name; the caller made sure nobody uses it any more. */
    public void delete(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
