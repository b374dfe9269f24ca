package org.agora.feed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.feed.model.TopScore.Activity;
import org.junit.jupiter.api.Test;

class TopScoreTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static Activity post(long id, long hoursAgo, long comments, long reactions) {
        return new Activity(id, NOW.minus(Duration.ofHours(hoursAgo)), comments, reactions);
    }

    @Test
    void withoutEngagementTheNewestComesFirst() {
        assertThat(TopScore.rank(List.of(post(1, 30, 0, 0), post(3, 1, 0, 0), post(2, 5, 0, 0)), NOW))
                .containsExactly(3L, 2L, 1L);
    }

    @Test
    void aLivelyPostOutranksNewerQuietOnes() {
        Activity lively = post(1, 6, 3, 5);
        Activity quiet = post(2, 1, 0, 0);
        assertThat(TopScore.rank(List.of(quiet, lively), NOW)).containsExactly(1L, 2L);
    }

    @Test
    void aCommentWeighsTwiceAReaction() {
        assertThat(TopScore.score(post(1, 3, 1, 0), NOW)).isEqualTo(TopScore.score(post(2, 3, 0, 2), NOW));
        assertThat(TopScore.score(post(1, 3, 1, 0), NOW)).isGreaterThan(TopScore.score(post(2, 3, 0, 1), NOW));
    }

    @Test
    void engagementFadesWithAge() {
        Activity oldButLively = post(1, 24 * 5, 10, 10);
        Activity freshAndQuiet = post(2, 2, 0, 1);
        assertThat(TopScore.rank(List.of(oldButLively, freshAndQuiet), NOW)).containsExactly(2L, 1L);
        assertThat(TopScore.score(post(1, 10, 2, 2), NOW)).isGreaterThan(TopScore.score(post(1, 20, 2, 2), NOW));
    }

    @Test
    void equalScoresKeepTheNewerIdFirstAndFuturePostsCountAsNew() {
        assertThat(TopScore.rank(List.of(post(4, 2, 0, 0), post(9, 2, 0, 0), post(6, 2, 0, 0)), NOW))
                .containsExactly(9L, 6L, 4L);
        Activity later = new Activity(7, NOW.plusSeconds(60), 0, 0);
        assertThat(TopScore.score(later, NOW)).isEqualTo(TopScore.score(post(7, 0, 0, 0), NOW));
    }
}
