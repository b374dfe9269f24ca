package org.agora.notify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageArgumentsTest {

    @Test
    void anyTextSurvivesTheRoundTrip() {
        List<String> tricky = List.of("Ada", "", "a, b", "say \"hi\"", "two\nlines", "é ☃");
        assertThat(MessageArguments.decode(MessageArguments.encode(tricky))).isEqualTo(tricky);
        assertThat(MessageArguments.decode(MessageArguments.encode(List.of("")))).containsExactly("");
        assertThat(MessageArguments.encode(List.of())).isNull();
        assertThat(MessageArguments.decode(null)).isEmpty();
    }

    @Test
    void aPluginMessageKeepsItsKeyArgumentsAndEnglishText() {
        Notification n = Notification.fromPluginMessage(7, "gate", "Hello Ada", "gate.notice", List.of("Ada", "3"),
                "/m/gate/open", Instant.EPOCH);
        assertThat(n.getMessageKey()).contains("gate.notice");
        assertThat(n.getMessageArguments()).containsExactly("Ada", "3");
        assertThat(n.getMessage()).isEqualTo("Hello Ada");
        assertThat(n.getPluginId()).isEqualTo("gate");
        assertThat(Notification.fromPlugin(7, "gate", "Hi", "/m/gate/", Instant.EPOCH).getMessageKey()).isEmpty();
    }
}
