package org.agora.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFilesTest {

    @TempDir
    Path folder;

    @Test
    void anUploadIsWrittenBesideTheJarsUnderANameNoScanPicksUp() throws IOException {
        Path part = PluginFiles.receive(folder, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        assertThat(part.getParent()).isEqualTo(folder);
        assertThat(part.getFileName().toString()).startsWith(".upload-").doesNotEndWith(".jar");
        assertThat(Files.readAllBytes(part)).containsExactly(1, 2, 3);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
        assertThatThrownBy(() -> PluginFiles.receive(folder, new ByteArrayInputStream(new byte[3 * 1024 * 1024]),
                2 * 1024 * 1024)).isInstanceOf(InvalidInputException.class).hasMessageContaining("limit of 2 MB");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anEmptyUploadIsRefused() throws IOException {
        assertThatThrownBy(() -> PluginFiles.receive(folder, new ByteArrayInputStream(new byte[0]), 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Choose a plugin jar");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theHashIsTheHexSha256() throws IOException {
        Path file = Files.writeString(folder.resolve("a.jar"), "abc", StandardCharsets.UTF_8);
        assertThat(PluginFiles.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
