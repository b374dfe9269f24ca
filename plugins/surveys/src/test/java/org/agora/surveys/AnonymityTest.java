package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;
import org.junit.jupiter.api.Test;

/**
 * An anonymous survey's answers cannot be traced to people: not from its pages or export, and not from the records
 * the plugin stores, read as someone with the whole database would read them.
 */
class AnonymityTest {

    private final SurveyFixture f = new SurveyFixture();

    /** Answers from people with ids far from any other number stored, so that a stray id would show. */
    private static final long[] RESPONDENTS = {90_417, 90_233, 90_861, 90_105, 90_590, 90_342};

    private long answered() throws Exception {
        long id = f.published(true, false);
        for (int i = 0; i < RESPONDENTS.length; i++) {
            f.clock.pass(java.time.Duration.ofSeconds(37));
            Viewer who = new Viewer(RESPONDENTS[i], "Respondent " + i, "r" + i + "@lumen.example", Set.of("member"));
            f.answer(who, id, "q0", String.valueOf(i % 2), "q1", String.valueOf(i % 5 + 1), "q2", "Idea number " + i);
        }
        return id;
    }

    private List<StoredRecord> in(String collection) {
        return f.host.records().all().stream().filter(r -> r.collection().equals(collection)).toList();
    }

    @Test
    void theStoredAnswersHoldNothingThatLeadsToAPerson() throws Exception {
        long id = answered();
        List<StoredRecord> ballots = in(Ballots.BALLOTS);
        assertThat(ballots).hasSize(RESPONDENTS.length);
        for (StoredRecord ballot : ballots) {
            assertThat(ballot.ownerId()).isNull();
            assertThat(ballot.fields().keySet())
                    .allMatch(k -> k.matches("survey|batch|run|a[0-9]+|[hvot][0-9]+_[0-9]+(_[0-9]+)?"));
            for (long respondent : RESPONDENTS) {
                assertThat(ballot.fields().values()).noneMatch(v -> v.contains(String.valueOf(respondent)));
            }
            assertThat(ballot.fields().values()).noneMatch(v -> v.contains("Respondent"));
        }
    }

    @Test
    void whoAnsweredIsOneRecordSortedByPersonSoNoRespondentHasATimeOrAnIdOfTheirOwn() throws Exception {
        long id = answered();
        // every record that names a respondent, anywhere in the plugin's storage
        Set<Long> naming = new HashSet<>();
        for (StoredRecord record : f.host.records().all()) {
            for (long respondent : RESPONDENTS) {
                if (Long.valueOf(respondent).equals(record.ownerId())
                        || record.fields().values().stream().anyMatch(v -> v.contains(String.valueOf(respondent)))) {
                    naming.add(record.id());
                }
            }
        }
        List<StoredRecord> rolls = in(Roll.ROLLS);
        assertThat(rolls).singleElement().satisfies(roll -> {
            assertThat(naming).containsExactly(roll.id());
            // sorted by id, not in the order people answered
            assertThat(roll.fields().get("people")).isEqualTo(",90105,90233,90342,90417,90590,90861,");
            assertThat(roll.fields().keySet()).containsExactlyInAnyOrder("survey", "people");
            // the roll was created at publication, before any answer: its creation time is nobody's
            assertThat(roll.createdAt()).isBefore(in(Ballots.BALLOTS).stream().map(StoredRecord::createdAt)
                    .min(java.time.Instant::compareTo).orElseThrow());
        });
        // the only value the roll and the answers share is the survey's id
        StoredRecord roll = rolls.get(0);
        for (StoredRecord ballot : in(Ballots.BALLOTS)) {
            Set<String> shared = new HashSet<>(ballot.fields().values());
            shared.retainAll(roll.fields().values());
            assertThat(shared).containsExactly(String.valueOf(id));
        }
    }

    @Test
    void thePagesAndTheExportShowNoNameAndNoOrderOfArrival() throws Exception {
        long id = answered();
        f.post(ADA, "/s/" + id + "/close");
        PageResult results = f.get(ADA, "/s/" + id + "/results");
        Results r = (Results) SurveyFixture.model(results).get("results");
        assertThat(r.withheld()).isFalse();
        assertThat(r.questions().get(2).texts()).containsExactly("Idea number 0", "Idea number 1", "Idea number 2",
                "Idea number 3", "Idea number 4", "Idea number 5");
        String csv = new String(((PageResult.Download) f.get(ADA, "/s/" + id + "/export")).content(),
                StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Respondent").doesNotContain("9041").doesNotContain("Ada");
        assertThat(csv.lines().skip(1).toList()).isSorted();
    }

    @Test
    void answersAreWrittenAgainInBatchesSoThatTheirIdsAndTimesNoLongerTellWhenTheyCame() throws Exception {
        long id = answered();
        List<StoredRecord> first = in(Ballots.BALLOTS);
        java.time.Instant lastAnswer = first.stream().map(StoredRecord::createdAt).max(java.time.Instant::compareTo)
                .orElseThrow();
        Thread.sleep(5);
        f.host.run(new BallotMixer(f.clock));
        List<StoredRecord> mixed = in(Ballots.BALLOTS);
        assertThat(mixed).hasSize(first.size()).allSatisfy(b -> {
            assertThat(b.fields()).containsEntry("batch", "mixed");
            assertThat(b.createdAt()).isAfter(lastAnswer);
            assertThat(b.contentId()).isEqualTo(f.survey(id).contentId());
        });
        assertThat(mixed).extracting(StoredRecord::id).doesNotContainAnyElementsOf(
                first.stream().map(StoredRecord::id).toList());
        assertThat(mixed).extracting(b -> b.fields().get("a2")).containsExactlyInAnyOrderElementsOf(
                first.stream().map(b -> b.fields().get("a2")).toList());
        assertThat(in(BallotMixer.MIXES)).isEmpty();
        // the next run has nothing to do
        f.host.run(new BallotMixer(f.clock));
        assertThat(in(Ballots.BALLOTS)).extracting(StoredRecord::id)
                .containsExactlyInAnyOrderElementsOf(mixed.stream().map(StoredRecord::id).toList());
    }

    @Test
    void fewAnswersWaitForOthersUntilTheSurveyCloses() throws Exception {
        long id = f.published(true, false);
        for (int p = 0; p < 3; p++) {
            f.answer(person(400 + p), id, "q0", "0", "q1", "2");
        }
        f.host.run(new BallotMixer(f.clock));
        assertThat(in(Ballots.BALLOTS)).allSatisfy(b -> assertThat(b.fields()).containsEntry("batch", "new"));
        f.post(ADA, "/s/" + id + "/close");
        f.host.run(new BallotMixer(f.clock));
        assertThat(in(Ballots.BALLOTS)).hasSize(3)
                .allSatisfy(b -> assertThat(b.fields()).containsEntry("batch", "mixed"));
    }

    @Test
    void aMixThatStoppedHalfWayIsFinishedWithoutCountingAnyAnswerTwice() throws Exception {
        long id = answered();
        Survey survey = f.survey(id);
        List<StoredRecord> first = in(Ballots.BALLOTS);
        // a run that wrote the mix record and two of six copies, then stopped
        f.host.records().create(BallotMixer.MIXES, java.util.Map.of("survey", String.valueOf(id), "run", "r1",
                "ballots", String.join(",", first.stream().map(b -> String.valueOf(b.id())).toList())));
        for (StoredRecord b : first.subList(0, 2)) {
            java.util.Map<String, String> copy = new java.util.HashMap<>(b.fields());
            copy.put("batch", "mixed");
            copy.put("run", "r1");
            f.host.records().create(Ballots.BALLOTS, copy, null, survey.contentId());
        }
        assertThat(new Ballots(f.host.records(), survey).all()).as("the unfinished copies do not count")
                .hasSize(first.size());
        new BallotMixer(f.clock).mix(f.host.records(), survey);
        assertThat(in(Ballots.BALLOTS)).extracting(StoredRecord::id)
                .containsExactlyInAnyOrderElementsOf(first.stream().map(StoredRecord::id).toList());
        new BallotMixer(f.clock).mix(f.host.records(), survey);
        assertThat(in(Ballots.BALLOTS)).hasSize(first.size())
                .allSatisfy(b -> assertThat(b.fields()).containsEntry("batch", "mixed"));
    }

    @Test
    void fewerThanFiveAnswersAreNotBrokenDown() throws Exception {
        long id = f.published(true, false);
        for (int p = 0; p < Results.MIN_GROUP - 1; p++) {
            f.answer(person(200 + p), id, "q0", "0", "q1", "2", "q2", "Only me said this");
        }
        Results r = (Results) SurveyFixture.model(f.get(ADA, "/s/" + id + "/results")).get("results");
        assertThat(r.withheld()).isTrue();
        assertThat(r.questions()).isEmpty();
        assertThat(f.get(ADA, "/s/" + id + "/export")).isInstanceOf(PageResult.Forbidden.class);
        f.answer(person(300), id, "q0", "1", "q1", "5");
        r = (Results) SurveyFixture.model(f.get(ADA, "/s/" + id + "/results")).get("results");
        assertThat(r.withheld()).isFalse();
        assertThat(r.responses()).isEqualTo(5);
    }

    @Test
    void theRespondentIsToldBeforeAnsweringWhetherTheirNameIsKept() throws Exception {
        long anonymous = f.published(true, false);
        long named = f.published(false, false);
        Viewer bob = SurveyFixture.BOB;
        assertThat(((Survey) SurveyFixture.model(f.get(bob, "/s/" + anonymous)).get("survey")).anonymous()).isTrue();
        assertThat(((Survey) SurveyFixture.model(f.get(bob, "/s/" + named)).get("survey")).anonymous()).isFalse();
    }
}
