package org.agora.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopCursorTest {

    @Test
    void aCursorTravelsThroughAUrlAndBack() {
        TopCursor cursor = new TopCursor(Instant.ofEpochMilli(1_772_441_000_123L), 4711, 40);
        assertThat(TopCursor.parse(cursor.toString())).hasValue(cursor);
    }

    @Test
    void anythingElseIsTheFirstPage() {
        assertThat(TopCursor.parse(null)).isEmpty();
        assertThat(TopCursor.parse("1-2")).isEmpty();
        assertThat(TopCursor.parse("1-2-3; DROP TABLE post")).isEmpty();
        assertThat(TopCursor.parse("99999999999999999999-1-1")).isEmpty();
    }
}
