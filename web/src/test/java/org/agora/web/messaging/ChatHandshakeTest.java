package org.agora.web.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatHandshakeTest {

    @Test
    void aPageOfAgoraItselfMayOpenTheConnection() {
        assertThat(ChatHandshake.sameOrigin("http://localhost:9080", "localhost:9080")).isTrue();
        assertThat(ChatHandshake.sameOrigin("https://agora.lumen.example", "agora.lumen.example")).isTrue();
    }

    @Test
    void aProgramWithoutOriginMayOpenIt() {
        assertThat(ChatHandshake.sameOrigin(null, "localhost:9080")).isTrue();
    }

    @Test
    void anotherSiteMayNot() {
        assertThat(ChatHandshake.sameOrigin("https://evil.example", "agora.lumen.example")).isFalse();
        assertThat(ChatHandshake.sameOrigin("http://localhost:9999", "localhost:9080")).isFalse();
        assertThat(ChatHandshake.sameOrigin("null", "localhost:9080")).isFalse();
        assertThat(ChatHandshake.sameOrigin("http://localhost:9080", null)).isFalse();
    }
}
