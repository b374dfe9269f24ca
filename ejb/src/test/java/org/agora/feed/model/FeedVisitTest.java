package org.agora.feed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedVisitTest {

    private static final Duration PAUSE = Duration.ofMinutes(30);
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theFirstVisitMarksNothing() {
        FeedVisit visit = new FeedVisit(1, MONDAY);
        assertThat(visit.newSince()).isEmpty();
        assertThat(visit.open(MONDAY.plusSeconds(5), PAUSE)).isEmpty();
    }

    @Test
    void aVisitAfterAPauseMarksWhatCameSinceTheLastOne() {
        FeedVisit visit = new FeedVisit(1, MONDAY);
        visit.open(MONDAY.plus(Duration.ofMinutes(10)), PAUSE);
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        assertThat(visit.open(tuesday, PAUSE)).as("the end of Monday's visit")
                .hasValue(MONDAY.plus(Duration.ofMinutes(10)));
    }

    @Test
    void withoutAPauseEveryOpeningIsAVisit() {
        FeedVisit visit = new FeedVisit(1, MONDAY);
        assertThat(visit.open(MONDAY.plusSeconds(1), Duration.ZERO)).hasValue(MONDAY);
        assertThat(visit.open(MONDAY.plusSeconds(2), Duration.ZERO)).hasValue(MONDAY.plusSeconds(1));
    }

    @Test
    void reloadingDuringAVisitKeepsTheMarker() {
        FeedVisit visit = new FeedVisit(1, MONDAY);
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        assertThat(visit.open(tuesday, PAUSE)).hasValue(MONDAY);
        assertThat(visit.open(tuesday.plus(Duration.ofMinutes(5)), PAUSE)).hasValue(MONDAY);
        assertThat(visit.open(tuesday.plus(Duration.ofMinutes(25)), PAUSE)).as("still the same visit")
                .hasValue(MONDAY);
        assertThat(visit.open(tuesday.plus(Duration.ofHours(3)), PAUSE))
                .hasValue(tuesday.plus(Duration.ofMinutes(25)));
    }

    @Test
    void reloadingWithinAMinuteIsNotRecordedSoTheFeedDoesNotWriteOnEachView() {
        FeedVisit visit = new FeedVisit(1, MONDAY);
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        visit.open(tuesday, PAUSE);
        visit.open(tuesday.plusSeconds(20), PAUSE);
        assertThat(visit.open(tuesday.plus(Duration.ofHours(3)), PAUSE)).as("the reload 20 s later was not written")
                .hasValue(tuesday);
    }

    @Test
    void theRecordedMomentLagsAtMostAThirtiethOfThePause() {
        assertThat(FeedVisit.step(PAUSE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(FeedVisit.step(Duration.ofMinutes(3))).isEqualTo(Duration.ofSeconds(6));
        assertThat(FeedVisit.step(Duration.ZERO)).isZero();
    }
}
