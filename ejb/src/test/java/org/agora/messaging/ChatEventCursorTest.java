package org.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChatEventCursorTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void eventsAfterTheStartArePassedOnOnceInTheOrderTheyCome() {
        ChatEventCursor cursor = new ChatEventCursor(10);
        assertThat(cursor.read(9, NOW)).as("before the server started").isFalse();
        assertThat(cursor.read(11, NOW)).isTrue();
        assertThat(cursor.read(11, NOW)).as("already passed on").isFalse();
        assertThat(cursor.position()).isEqualTo(11);
        assertThat(cursor.missing()).isEmpty();
    }

    @Test
    void anEventCommittedAfterALaterOneIsStillPassedOnOnce() {
        ChatEventCursor cursor = new ChatEventCursor(10);
        assertThat(cursor.read(13, NOW)).isTrue();
        assertThat(cursor.missing()).containsExactly(11L, 12L);
        assertThat(cursor.read(12, NOW.plusMillis(300))).as("its transaction committed later").isTrue();
        assertThat(cursor.read(12, NOW.plusMillis(600))).isFalse();
        assertThat(cursor.missing()).containsExactly(11L);
        assertThat(cursor.position()).isEqualTo(13);
    }

    @Test
    void placesThatNeverComeAreForgottenAfterAWhileAndTheirNumberIsBounded() {
        ChatEventCursor cursor = new ChatEventCursor(0);
        cursor.read(3, NOW);
        cursor.expire(NOW.plus(ChatEventCursor.WAIT).minusSeconds(1));
        assertThat(cursor.missing()).containsExactly(1L, 2L);
        cursor.expire(NOW.plus(ChatEventCursor.WAIT).plusSeconds(1));
        assertThat(cursor.missing()).isEmpty();
        assertThat(cursor.read(2, NOW.plusSeconds(30))).as("too late: a rolled-back change").isFalse();

        cursor.read(1_000_000, NOW);
        assertThat(cursor.missing()).hasSize(ChatEventCursor.MAX_MISSING);
    }
}
