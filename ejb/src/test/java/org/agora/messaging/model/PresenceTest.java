package org.agora.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void onlineWhileActiveAwayAfterFiveQuietMinutesOfflineWithoutConnection() {
        assertThat(Presence.of(1, NOW.minusSeconds(10), NOW)).isEqualTo(Presence.ONLINE);
        assertThat(Presence.of(2, NOW.minusSeconds(300), NOW)).as("exactly five minutes").isEqualTo(Presence.ONLINE);
        assertThat(Presence.of(1, NOW.minusSeconds(301), NOW)).isEqualTo(Presence.AWAY);
        assertThat(Presence.of(1, null, NOW)).isEqualTo(Presence.AWAY);
        assertThat(Presence.of(0, NOW, NOW)).isEqualTo(Presence.OFFLINE);
        assertThat(Presence.AWAY.code()).isEqualTo("away");
    }
}
