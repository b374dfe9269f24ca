package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.BOB;
import static org.agora.surveys.SurveyFixture.model;
import static org.agora.surveys.SurveyFixture.person;
import static org.agora.surveys.SurveyFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    private final SurveyFixture f = new SurveyFixture();

    private List<StoredRecord> ballots() {
        return f.host.records().all().stream().filter(r -> r.collection().equals(Ballots.BALLOTS)).toList();
    }

    @Test
    void aResponseIsStoredOnceAndTheRespondentIsThanked() throws Exception {
        long id = f.published(false, false);
        PageResult sent = f.answer(BOB, id, "q0", "1", "q1", "4", "q2", "More coffee");
        assertThat(sent).isEqualTo(PageResult.redirect("/s/" + id + "?thanks=1"));
        assertThat(ballots()).singleElement().satisfies(b -> {
            assertThat(b.fields()).containsEntry("a0", "1").containsEntry("a1", "4").containsEntry("a2", "More coffee");
            assertThat(b.ownerId()).isEqualTo(BOB.id());
        });
        PageResult again = f.answer(BOB, id, "q1", "2"); // answered already comes before what is missing
        assertThat(status(again)).isEqualTo(409);
        assertThat(model(again).get("error")).isEqualTo("You have already answered this survey.");
        assertThat(ballots()).hasSize(1);
    }

    @Test
    void badAnswersAreRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        long id = f.published(false, false);
        int before = f.host.records().all().size();
        PageResult rating = f.send(Requests.post("/s/" + id + "/answer").as(BOB).in(Locale.FRENCH)
                .param("q0", "1").param("q1", "11"));
        assertThat(status(rating)).isEqualTo(400);
        assertThat(model(rating).get("error")).isEqualTo("Une note est un nombre entier de 1 à 5.");
        assertThat(status(f.answer(BOB, id, "q0", "1", "q1", "3", "q7", "x"))).isEqualTo(400);
        assertThat(status(f.answer(BOB, id, "q0", "5", "q1", "3"))).isEqualTo(400);
        PageResult missing = f.answer(BOB, id, "q1", "3");
        assertThat(model(missing).get("error")).isEqualTo("This question needs an answer.");
        assertThat(f.host.records().all()).hasSize(before);
        assertThat(new Roll(f.host.records(), id).contains(BOB.id())).isFalse();
        // what was typed is shown again
        assertThat(SurveyFixture.<AnswerPages.Field>list(missing, "fields").get(1).chosen()).containsExactly("3");
    }

    @Test
    void noAnswersAfterClosingNorBeforeOpening() throws Exception {
        long id = f.published(false, false);
        f.settings(id, false, false, false, "");
        f.post(ADA, "/s/" + id + "/close");
        PageResult late = f.answer(BOB, id, "q0", "1", "q1", "4");
        assertThat(status(late)).isEqualTo(409);
        assertThat(model(late).get("error")).isEqualTo("This survey is closed: answers are no longer taken.");
        assertThat(ballots()).isEmpty();
    }

    @Test
    void aSurveyClosesByItselfAtItsDeadline() throws Exception {
        long id = f.draft("Deadline");
        f.addQuestion(id, "yes_no", "Ready?", "");
        f.settings(id, false, false, false, "2026-11-03T10:30"); // 09:30Z: Paris is an hour ahead
        f.post(ADA, "/s/" + id + "/publish");
        f.clock.pass(Duration.ofDays(1)); // 2026-11-03T09:00Z
        assertThat(f.answer(BOB, id, "q0", "yes")).isInstanceOf(PageResult.Redirect.class);
        f.clock.pass(Duration.ofMinutes(30));
        assertThat(status(f.answer(person(20), id, "q0", "no"))).isEqualTo(409);
        f.host.run(new SurveyDeadlines(f.clock));
        assertThat(f.survey(id).status()).isEqualTo(Survey.CLOSED);
        assertThat(f.host.notificationTexts(Locale.ENGLISH))
                .containsExactly("Your survey Deadline is closed: its results are ready.");
    }

    @Test
    void aNamedResponseChangesUntilClosingWhenTheAuthorAllowsIt() throws Exception {
        long id = f.published(false, true);
        f.answer(BOB, id, "q0", "1", "q1", "4");
        List<AnswerPages.Field> form = SurveyFixture.list(f.get(BOB, "/s/" + id), "fields");
        assertThat(form.get(1).chosen()).containsExactly("4");
        assertThat(f.answer(BOB, id, "q0", "0", "q1", "2"))
                .isEqualTo(PageResult.redirect("/s/" + id + "?changed=1"));
        assertThat(ballots()).singleElement().satisfies(b -> assertThat(b.fields()).containsEntry("a1", "2"));
    }

    @Test
    void anAnonymousResponseCannotBeChangedSinceNobodyCanFindItAgain() throws Exception {
        long id = f.published(true, true);
        assertThat(f.survey(id).editable()).isFalse();
        f.answer(BOB, id, "q0", "1", "q1", "4");
        assertThat(status(f.answer(BOB, id, "q0", "0", "q1", "2"))).isEqualTo(409);
        assertThat(model(f.get(BOB, "/s/" + id)).get("showForm")).isEqualTo(false);
    }

    @Test
    void peopleAnsweringAtOnceAreEachCountedOnce() throws Exception {
        long id = f.published(true, false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<PageResult>> calls = new ArrayList<>();
            for (int p = 100; p < 140; p++) {
                long who = p % 20 + 100; // 20 people, each twice
                calls.add(() -> f.answer(person(who), id, "q0", "0", "q1", "3"));
            }
            for (Future<PageResult> done : pool.invokeAll(calls)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ballots()).hasSize(20);
        assertThat(new Roll(f.host.records(), id).size()).isEqualTo(20);
    }
}
