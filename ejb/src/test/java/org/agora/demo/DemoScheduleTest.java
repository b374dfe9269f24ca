package org.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.agora.demo.DemoLibrary.DemoDocument;
import org.agora.demo.DemoSchedule.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DemoScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T05:10:00Z", "2026-11-20T16:45:00Z", "2027-03-29T23:59:00Z"})
    void stepsHappenInOrderOverTheLastWeeksAndNeverAfterNow(String moment) {
        Instant now = Instant.parse(moment);
        List<Step> steps = DemoSchedule.steps(now);
        List<Instant> times = steps.stream().map(Step::at).toList();
        assertThat(times).isSorted().allMatch(t -> t.isBefore(now));
        assertThat(Duration.between(times.getFirst(), now).toDays()).isBetween(28L, 40L);
        assertThat(Duration.between(times.getLast(), now).toDays()).isLessThanOrEqualTo(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T05:10:00Z", "2026-11-20T16:45:00Z"})
    void everyStepComesAfterWhatItNeeds(String moment) {
        Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Step step : DemoSchedule.steps(Instant.parse(moment))) {
            switch (step) {
                case DemoSchedule.Publish p -> done.add(p.post());
                case DemoSchedule.Comment c -> {
                    assertThat(done).contains(c.post());
                    if (c.parent() != null) {
                        assertThat(done).contains(c.parent());
                    }
                    done.add(c.comment());
                }
                case DemoSchedule.React r -> assertThat(done).contains(r.comment() == null ? r.post() : r.comment());
                case DemoSchedule.Save s -> assertThat(done).contains(s.post());
                case DemoSchedule.MarkRead m -> assertThat(done).contains(m.post());
                case DemoSchedule.Upload u -> done.add(u.document());
                case DemoSchedule.Revise v -> assertThat(done).contains(v.document());
            }
        }
    }

    @Test
    void theSameMomentGivesTheSameHistory() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(DemoSchedule.steps(now)).isEqualTo(DemoSchedule.steps(now));
    }

    @Test
    void librariesHaveFoldersNestedFoldersAndADocumentWithSeveralVersionsInEverySpace() {
        List<DemoDocument> docs = DemoLibrary.documents();
        assertThat(docs.stream().map(DemoDocument::space).distinct()).containsExactlyInAnyOrder(
                DemoCompanyData.ENGINEERING, DemoCompanyData.MARKETING, DemoCompanyData.LEADERSHIP);
        assertThat(docs).anyMatch(d -> d.folder().contains("/")).anyMatch(d -> d.folder().isEmpty())
                .anyMatch(d -> !d.laterVersions().isEmpty());
        List<String> names = new ArrayList<>();
        docs.forEach(d -> {
            assertThat(DemoCompanyData.space(d.space()).hasMember(d.author())).as(d.fileName()).isTrue();
            d.laterVersions().forEach(v -> {
                assertThat(DemoCompanyData.space(d.space()).hasMember(v.author())).isTrue();
                assertThat(v.daysAgo()).isLessThan(d.daysAgo());
            });
            names.add(d.space() + "/" + d.folder() + "/" + d.fileName());
        });
        assertThat(names).doesNotHaveDuplicates();
    }
}
