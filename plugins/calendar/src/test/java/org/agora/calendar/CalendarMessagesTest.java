package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalendarMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CalendarMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMessageExistsInEnglishAndFrench() throws IOException {
        assertThat(bundle("messages_fr.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").keySet());
    }
}
