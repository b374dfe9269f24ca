package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.model;
import static org.agora.surveys.SurveyFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;
import org.junit.jupiter.api.Test;

/**
 * The kept tallies: after any mix of answers, changes and erasures they count exactly what counting the stored answers
 * again gives; no count is lost when people answer at once; surveys answered before tallies were kept get theirs; and
 * a tally tells nothing of who answered or in which order.
 */
class TalliesTest {

    private final SurveyFixture f = new SurveyFixture();
    private final Random random = new Random(7);

    /** A published survey by Ada with one question of each type. */
    private long everyType(boolean anonymous, boolean editable) throws Exception {
        long id = f.draft("Every type");
        f.settings(id, anonymous, editable, true, "");
        f.addQuestion(id, "single", "Office or home?", "Office\nHome\nBoth");
        f.addQuestion(id, "multiple", "Which tools?", "Chat\nMail\nWiki\nCalls");
        f.addQuestion(id, "rating", "How is the week?", "");
        f.addQuestion(id, "nps", "Would you recommend us?", "");
        f.addQuestion(id, "yes_no", "Staying?", "");
        f.addQuestion(id, "ranking", "Rank the perks", "Lunch\nGym\nTrain");
        f.post(ADA, "/s/" + id + "/questions", "type", "text", "text", "Anything else?", "options", "");
        assertThat(f.post(ADA, "/s/" + id + "/publish")).isInstanceOf(PageResult.Redirect.class);
        return id;
    }

    /** A random valid form for {@link #everyType}, some optional questions skipped. */
    private String[] form() {
        List<String> p = new ArrayList<>(List.of("q0", String.valueOf(random.nextInt(3))));
        int chosen = 1 + random.nextInt(15); // at least one of the four tools
        for (int o = 0; o < 4; o++) {
            if ((chosen & 1 << o) != 0) {
                p.addAll(List.of("q1", String.valueOf(o)));
            }
        }
        p.addAll(List.of("q2", String.valueOf(1 + random.nextInt(5)), "q3", String.valueOf(random.nextInt(11)),
                "q4", random.nextBoolean() ? "yes" : "no"));
        List<String> ranks = new ArrayList<>(List.of("1", "2", "3"));
        java.util.Collections.shuffle(ranks, random);
        ranks.forEach(r -> p.addAll(List.of("q5", r)));
        p.addAll(List.of("q6", random.nextInt(3) == 0 ? "" : "Idea " + random.nextInt(20)));
        return p.toArray(String[]::new);
    }

    private static Map<String, List<String>> parameters(String... form) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < form.length; i += 2) {
            parameters.computeIfAbsent(form[i], k -> new ArrayList<>()).add(form[i + 1]);
        }
        return parameters;
    }

    private KeptTally kept(long id) {
        Survey survey = f.survey(id);
        return KeptTally.from(new Tallies(f.host.records()).record(survey).orElseThrow().fields(),
                survey.questions().size());
    }

    /** What counting every stored answer again gives. */
    private KeptTally recounted(long id) {
        Survey survey = f.survey(id);
        return KeptTally.of(survey, new Ballots(f.host.records(), survey).all().stream()
                .map(b -> Ballots.answers(b, survey.questions().size())).toList());
    }

    private void assertKeptEqualsRecount(long id, long responses) {
        assertThat(kept(id).responses()).isEqualTo(responses);
        assertThat(kept(id).sameAs(recounted(id))).as("kept %s, recounted %s", kept(id), recounted(id)).isTrue();
        // and the results drawn from it are those of the answers counted in memory
        Survey survey = f.survey(id);
        List<List<String>> answers = new Ballots(f.host.records(), survey).all().stream()
                .map(b -> Ballots.answers(b, survey.questions().size())).toList();
        Results fromKept = Results.of(survey, new Tallies(f.host.records()).current(survey));
        assertThat(fromKept).isEqualTo(Results.of(survey, answers));
    }

    @Test
    void aPublishedSurveyStartsWithAnEmptyTally() throws Exception {
        long id = everyType(false, true);
        assertThat(kept(id).responses()).isZero();
        assertThat(kept(id).sameAs(new KeptTally(7))).isTrue();
    }

    @Test
    void theTallyFollowsAnswersChangesAndErasuresExactly() throws Exception {
        long id = everyType(false, true);
        for (long p = 100; p < 130; p++) {
            assertThat(f.answer(person(p), id, form())).isInstanceOf(PageResult.Redirect.class);
        }
        assertKeptEqualsRecount(id, 30);
        for (long p = 100; p < 130; p += 3) {
            assertThat(f.answer(person(p), id, form()))
                    .isEqualTo(PageResult.redirect("/s/" + id + "?changed=1"));
        }
        assertKeptEqualsRecount(id, 30);
        for (long p = 101; p < 130; p += 4) {
            f.host.erasePersonalData(p, new SurveyPersonalData());
        }
        assertKeptEqualsRecount(id, 30 - 8);
        // an erasure repeated (the host retries one that stopped) counts nothing out twice
        new SurveyPersonalData().erase(101, f.host.context());
        assertKeptEqualsRecount(id, 22);
    }

    @Test
    void refusedAnswersCountNothing() throws Exception {
        long id = everyType(false, false);
        f.answer(person(200), id, form());
        KeptTally before = kept(id);
        assertThat(SurveyFixture.status(f.answer(person(200), id, form()))).isEqualTo(409); // answering twice
        assertThat(SurveyFixture.status(f.answer(person(201), id, "q0", "1", "q2", "11"))).isEqualTo(400);
        assertThat(kept(id).sameAs(before)).isTrue();
        assertKeptEqualsRecount(id, 1);
    }

    /**
     * Someone else answers between the moment a response reads the tally and the moment it writes it: the write is
     * refused as stale, the response reads the tally again, and both count.
     */
    @Test
    void anAnswerThatLandsBetweenReadingAndWritingTheTallyIsNotLost() throws Exception {
        long id = everyType(true, false);
        Survey survey = f.survey(id);
        AtomicBoolean interleaved = new AtomicBoolean();
        int[] stale = new int[1];
        RecordStore store = f.host.records();
        RecordStore racing = (RecordStore) Proxy.newProxyInstance(RecordStore.class.getClassLoader(),
                new Class<?>[] {RecordStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("update") && Tallies.TALLIES.equals(args[0])
                            && interleaved.compareAndSet(false, true)) {
                        // another person's whole response, before this one's write reaches the store
                        Responses.submit(store, survey, person(301), parameters(form()), f.clock.instant());
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof org.agora.plugins.api.StaleRecordException) {
                            stale[0]++;
                        }
                        throw e.getCause();
                    }
                });
        assertThat(Responses.submit(racing, survey, person(300), parameters(form()), f.clock.instant()))
                .isEqualTo(new Responses.Stored(false));
        assertThat(stale[0]).isEqualTo(1);
        assertKeptEqualsRecount(id, 2);
    }

    @Test
    void peopleAnsweringAtOnceLoseNoCount() throws Exception {
        long id = everyType(false, true);
        Survey survey = f.survey(id);
        List<Map<String, List<String>>> forms = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            forms.add(parameters(form()));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Responses.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                int n = i;
                // 200 people answer once; 40 of them change their answer meanwhile, once their first is stored
                // (the first answers are queued before, so a change waits only on one already running)
                Viewer who = person(1_000 + (n < 200 ? n : n - 200));
                Future<Responses.Outcome> first = n < 200 ? null : outcomes.get(n - 200);
                outcomes.add(threads.submit(() -> {
                    if (first != null) {
                        first.get();
                    }
                    return Responses.submit(f.host.records(), survey, who, forms.get(n), f.clock.instant());
                }));
            }
            for (Future<Responses.Outcome> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(Responses.Stored.class);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(new Roll(f.host.records(), id).size()).isEqualTo(200);
        assertKeptEqualsRecount(id, 200);
    }

    @Test
    void aResponseWhoseTallyCannotBeWrittenIsUndone() throws Exception {
        long id = everyType(false, false);
        Survey survey = f.survey(id);
        RecordStore store = f.host.records();
        RecordStore failing = (RecordStore) Proxy.newProxyInstance(RecordStore.class.getClassLoader(),
                new Class<?>[] {RecordStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("update") && Tallies.TALLIES.equals(args[0])) {
                        throw new IllegalStateException("database gone");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Responses.submit(failing, survey, person(400),
                parameters(form()), f.clock.instant())).hasMessage("database gone");
        assertThat(new Ballots(store, survey).count()).isZero();
        assertThat(new Roll(store, id).contains(400)).isFalse();
        // and the person may answer again
        assertThat(f.answer(person(400), id, form())).isInstanceOf(PageResult.Redirect.class);
        assertKeptEqualsRecount(id, 1);
    }

    @Test
    void surveysAnsweredBeforeTalliesWereKeptGetThemFromTheirAnswers() throws Exception {
        long small = everyType(false, true);
        long other = everyType(true, false);
        for (long p = 500; p < 520; p++) {
            f.answer(person(p), small, form());
            f.answer(person(p), other, form());
        }
        KeptTally expected = recounted(other);
        // as an older version of the plugin left them: answers, no tallies
        f.host.records().all().stream().filter(r -> r.collection().equals(Tallies.TALLIES))
                .forEach(r -> f.host.records().delete(Tallies.TALLIES, r.id()));

        // the keeper's first run after the start counts every survey's tally from its answers
        f.host.run(new TallyKeeper());
        assertThat(kept(other).sameAs(expected)).isTrue();
        assertKeptEqualsRecount(small, 20);

        // a tally gone missing later is counted again when the results are read
        f.host.records().delete(Tallies.TALLIES, new Tallies(f.host.records()).record(f.survey(small))
                .orElseThrow().id());
        assertThat(model(f.get(ADA, "/s/" + small + "/results")).get("results"))
                .isEqualTo(Results.of(f.survey(small), new Ballots(f.host.records(), f.survey(small)).all()
                        .stream().map(b -> Ballots.answers(b, 7)).toList()));
        assertKeptEqualsRecount(small, 20);
    }

    @Test
    void aTallyOutOfStepWithTheAnswersIsCountedAgain() throws Exception {
        long id = everyType(false, true);
        for (long p = 600; p < 610; p++) {
            f.answer(person(p), id, form());
        }
        // as a step that failed half-way would leave it: one response counted twice
        Survey survey = f.survey(id);
        Tallies tallies = new Tallies(f.host.records());
        StoredRecord record = tallies.record(survey).orElseThrow();
        Map<String, String> wrong = new HashMap<>(record.fields());
        wrong.put("responses", "11");
        f.host.records().update(Tallies.TALLIES, record.id(), record.version(), wrong);

        assertThat(model(f.get(ADA, "/s/" + id + "/results")).get("results"))
                .satisfies(r -> assertThat(((Results) r).responses()).isEqualTo(10));
        assertKeptEqualsRecount(id, 10);
    }

    @Test
    void aLargeSurveyWithoutTallyShowsCountedResultsAndLeavesTheTallyToTheKeeper() throws Exception {
        long id = everyType(false, false);
        Survey survey = f.survey(id);
        List<Map<String, String>> old = new ArrayList<>();
        Ballots ballots = new Ballots(f.host.records(), survey);
        for (int i = 0; i < Tallies.RECOUNT_ON_PAGE + 1; i++) {
            Survey s = survey;
            List<String> answers = new ArrayList<>();
            for (int n = 0; n < 7; n++) {
                answers.add(s.question(n).type().read(parameters(form()).getOrDefault("q" + n, List.of()),
                        s.question(n).options().size()));
            }
            old.add(ballots.fields(answers));
        }
        f.host.records().createAll(Ballots.BALLOTS, old);
        f.host.records().delete(Tallies.TALLIES, new Tallies(f.host.records()).record(survey).orElseThrow().id());

        Results shown = (Results) model(f.get(ADA, "/s/" + id + "/results")).get("results");
        assertThat(shown.responses()).isEqualTo(Tallies.RECOUNT_ON_PAGE + 1);
        assertThat(new Tallies(f.host.records()).record(survey)).isEmpty();
        assertThat(new Tallies(f.host.records()).recountsRequested()).containsExactly(Map.entry(id, false));

        TallyKeeper keeper = new TallyKeeper();
        f.host.run(keeper); // the first run counts surveys without a tally
        f.host.run(keeper); // later runs, the requests
        assertThat(new Tallies(f.host.records()).recountsRequested()).isEmpty();
        assertKeptEqualsRecount(id, Tallies.RECOUNT_ON_PAGE + 1);
        assertThat(model(f.get(ADA, "/s/" + id + "/results")).get("results")).isEqualTo(shown);
    }

    @Test
    void aRecountAskedForWhileAResponseWasBeingStoredIsDroppedOnceTheTallyIsInStep() throws Exception {
        long id = everyType(false, false);
        for (long p = 650; p < 653; p++) {
            f.answer(person(p), id, form());
        }
        Survey survey = f.survey(id);
        Tallies tallies = new Tallies(f.host.records());
        tallies.requestRecount(survey); // a page read the tally between a response's two steps
        long version = tallies.record(survey).orElseThrow().version();
        f.host.run(new TallyKeeper());
        assertThat(tallies.recountsRequested()).isEmpty();
        assertThat(tallies.record(survey).orElseThrow().version()).as("not counted again").isEqualTo(version);
        assertKeptEqualsRecount(id, 3);
    }

    @Test
    void closingAsksForAFinalRecount() throws Exception {
        long id = everyType(false, false);
        f.answer(person(700), id, form());
        f.post(ADA, "/s/" + id + "/close");
        assertThat(new Tallies(f.host.records()).recountsRequested()).containsExactly(Map.entry(id, true));
        f.host.run(new TallyKeeper());
        assertThat(new Tallies(f.host.records()).recountsRequested()).isEmpty();
        assertKeptEqualsRecount(id, 1);
    }

    @Test
    void aCopyStartsFromNothingAndLeavesTheOriginalsTallyAlone() throws Exception {
        long id = everyType(false, false);
        for (long p = 800; p < 806; p++) {
            f.answer(person(p), id, form());
        }
        KeptTally original = kept(id);
        PageResult copied = f.post(ADA, "/s/" + id + "/copy");
        long copy = Long.parseLong(((PageResult.Redirect) copied).location().replaceAll("^/s/([0-9]+)/edit.*", "$1"));
        assertThat(new Tallies(f.host.records()).record(f.survey(copy))).isEmpty(); // a draft has none
        assertThat(f.post(ADA, "/s/" + copy + "/publish")).isInstanceOf(PageResult.Redirect.class);
        assertThat(kept(copy).responses()).isZero();
        f.answer(person(800), copy, form());
        assertKeptEqualsRecount(copy, 1);
        assertThat(kept(id).sameAs(original)).isTrue();
    }

    @Test
    void aTallyHoldsOnlySumsWhateverTheOrderPeopleAnsweredIn() throws Exception {
        long first = everyType(true, false);
        long second = everyType(true, false);
        List<String[]> forms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            forms.add(form());
        }
        long[] people = {90_417, 90_233, 90_861, 90_105, 90_590, 90_342};
        for (int i = 0; i < 6; i++) {
            f.answer(person(people[i]), first, forms.get(i));
            f.answer(person(people[5 - i]), second, forms.get(5 - i));
        }
        Tallies tallies = new Tallies(f.host.records());
        StoredRecord a = tallies.record(f.survey(first)).orElseThrow();
        StoredRecord b = tallies.record(f.survey(second)).orElseThrow();
        // the same answers in the opposite order, by other people at other times: the same sums, field for field
        Map<String, String> withoutSurvey = new HashMap<>(a.fields());
        withoutSurvey.remove("survey");
        Map<String, String> otherWithoutSurvey = new HashMap<>(b.fields());
        otherWithoutSurvey.remove("survey");
        assertThat(withoutSurvey).isEqualTo(otherWithoutSurvey);
        for (StoredRecord tally : List.of(a, b)) {
            assertThat(tally.ownerId()).isNull();
            assertThat(tally.fields().keySet()).allMatch(k -> k.matches("survey|responses|q[0-9]+"));
            for (long p : people) {
                assertThat(tally.fields().values()).noneMatch(v -> v.contains(String.valueOf(p)));
            }
            assertThat(tally.fields().values()).noneMatch(v -> v.contains("Idea"));
        }
    }

    @Test
    void theSmallGroupRuleHoldsOnTheKeptTally() throws Exception {
        long id = everyType(true, false);
        for (long p = 900; p < 904; p++) {
            f.answer(person(p), id, form());
        }
        assertThat(kept(id).responses()).isEqualTo(4);
        Results results = (Results) model(f.get(ADA, "/s/" + id + "/results")).get("results");
        assertThat(results.withheld()).isTrue();
        assertThat(results.questions()).isEmpty();
        f.answer(person(904), id, form());
        assertThat(((Results) model(f.get(ADA, "/s/" + id + "/results")).get("results")).withheld()).isFalse();
    }
}
