package org.agora.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The API's artifact version and the version plugins are checked against are one. */
class ApiVersionTest {

    @Test
    void theArtifactIsVersionedAsTheApiThatTheParentDeclares() throws IOException {
        Properties built = new Properties();
        try (InputStream in = PluginsApi.class.getResourceAsStream("api.properties")) {
            built.load(in);
        }
        assertThat(PluginsApi.VERSION).matches("\\d+\\.\\d+\\.\\d+").isEqualTo(built.getProperty("declared"));
    }
}
