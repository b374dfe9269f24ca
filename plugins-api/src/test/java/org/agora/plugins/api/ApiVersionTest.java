package org.agora.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentItems;
import org.junit.jupiter.api.Test;

/**
 * The API's artifact version and the version plugins are checked against are one; 1.3 keeps what plugins built for
 * 1.1 and 1.2 call.
 */
class ApiVersionTest {

    @Test
    void theArtifactIsVersionedAsTheApiThatTheParentDeclares() throws IOException {
        Properties built = new Properties();
        try (InputStream in = PluginsApi.class.getResourceAsStream("api.properties")) {
            built.load(in);
        }
        assertThat(PluginsApi.VERSION).matches("\\d+\\.\\d+\\.\\d+").isEqualTo(built.getProperty("declared"));
    }

    @Test
    void version13KeepsTheConstructorsAndMethodsThatOlderPluginsCall() throws Exception {
        assertThat(PluginsApi.VERSION).startsWith("1.");
        assertThat(ContentDraft.class.getConstructor(String.class, long.class, Long.class, String.class, String.class,
                String.class)).isNotNull();
        assertThat(ContentItem.class.getConstructor(long.class, String.class, long.class, String.class, Long.class,
                String.class, String.class, Instant.class, Instant.class, long.class, long.class, String.class))
                .isNotNull();
        assertThat(ContentItems.class.getMethod("publish", ContentDraft.class).getReturnType())
                .isEqualTo(ContentItem.class);
        assertThat(ContentItems.class.getMethod("publishAnonymously", ContentDraft.class).getReturnType())
                .isEqualTo(ContentItem.class);
    }
}
