package org.agora.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveCursorTest {

    @Test
    void anEventIdCarriesTheCursorBack() {
        LiveCursor all = new LiveCursor(12, 40L, 7L, 9);
        assertThat(all.eventId()).isEqualTo("n12.p40.q7.c9");
        assertThat(LiveCursor.parse(all.eventId())).hasValue(all);
        LiveCursor bellOnly = new LiveCursor(3, null, null, 0);
        assertThat(LiveCursor.parse(bellOnly.eventId())).hasValue(bellOnly);
        assertThat(LiveCursor.parse("n5.q8.c0")).hasValue(new LiveCursor(5, null, 8L, 0));
    }

    @Test
    void aForgedOrMissingIdIsNoCursor() {
        assertThat(LiveCursor.parse(null)).isEmpty();
        assertThat(LiveCursor.parse("")).isEmpty();
        assertThat(LiveCursor.parse("n-1")).isEmpty();
        assertThat(LiveCursor.parse("n1.p2.x3")).isEmpty();
        assertThat(LiveCursor.parse("n99999999999999999999")).isEmpty();
    }

    @Test
    void beingToldOfNotificationsMovesOnlyTheirPart() {
        assertThat(new LiveCursor(1, 40L, null, 0).withNotification(6)).isEqualTo(new LiveCursor(6, 40L, null, 0));
    }
}
