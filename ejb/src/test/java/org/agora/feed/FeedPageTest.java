package org.agora.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPageTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private static PostView post(long id, long minutes) {
        return new PostView(id, 1, "A", null, "<p>x</p>", T.plusSeconds(minutes * 60), null, null, null, null);
    }

    @Test
    void theDividerGoesAboveTheFirstOlderPostAfterNewOnes() {
        FeedPage page = new FeedPage(List.of(post(5, 50), post(4, 40), post(3, 5), post(2, 1)), null);
        assertThat(page.firstOlderThan(T.plusSeconds(10 * 60))).isEqualTo(3L);
        assertThat(page.firstOlderThan(T.plusSeconds(40 * 60))).as("written at the marker: not new").isEqualTo(4L);
    }

    @Test
    void noDividerWithoutBothNewAndOlderPostsOrWithoutAMarker() {
        FeedPage page = new FeedPage(List.of(post(5, 50), post(4, 40)), null);
        assertThat(page.firstOlderThan(T)).as("all new").isNull();
        assertThat(page.firstOlderThan(T.plusSeconds(3600))).as("nothing new").isNull();
        assertThat(page.firstOlderThan(null)).isNull();
    }
}
