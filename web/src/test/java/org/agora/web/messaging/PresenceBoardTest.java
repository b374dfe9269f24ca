package org.agora.web.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.agora.messaging.model.Presence;
import org.junit.jupiter.api.Test;

class PresenceBoardTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void onlineWithAConnectionAwayWhenQuietBackOnActivityOfflineWhenAllClose() {
        PresenceBoard board = new PresenceBoard();
        assertThat(board.status(7, T0)).isEqualTo(Presence.OFFLINE);
        assertThat(board.connected(7, T0)).as("came online").isTrue();
        assertThat(board.connected(7, T0.plusSeconds(5))).as("a second tab").isFalse();
        assertThat(board.status(7, T0.plusSeconds(60))).isEqualTo(Presence.ONLINE);
        assertThat(board.status(7, T0.plusSeconds(400))).isEqualTo(Presence.AWAY);
        assertThat(board.active(7, T0.plusSeconds(400))).as("back").isTrue();
        assertThat(board.active(7, T0.plusSeconds(410))).isFalse();
        assertThat(board.status(7, T0.plusSeconds(420))).isEqualTo(Presence.ONLINE);
        assertThat(board.disconnected(7)).as("one tab still open").isFalse();
        assertThat(board.disconnected(7)).as("gone").isTrue();
        assertThat(board.status(7, T0.plusSeconds(430))).isEqualTo(Presence.OFFLINE);
        assertThat(board.disconnected(7)).as("already gone").isTrue();
        assertThat(board.active(7, T0)).isFalse();
    }
}
