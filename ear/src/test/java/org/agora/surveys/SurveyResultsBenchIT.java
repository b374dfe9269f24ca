package org.agora.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.ProbeRecordStore;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.RecordStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The results of a 20-question survey with 10,000 responses, drawn the way the results page draws them: from the
 * survey's kept tally ({@link Tallies#current}: the tally record, the number of stored responses to check it against,
 * and 50 written answers per text question), on the real server's record store and Derby. For comparison, the same
 * results counted from the stored answers ({@link StoredTally}, what the page did before tallies were kept), and the
 * cost of counting one response into the tally. The responses are stored with the surveys' own field layout in the
 * probe plugin's records (a plugin reaches only its own), and every call goes through the probe's page, so the time
 * measured includes one HTTP round trip per call: an upper bound of what the results page spends in storage. Run
 * with {@code ./mvnw verify -pl ear -am -Dagora.bench=true -Dit.test=SurveyResultsBenchIT}; the numbers go to
 * {@code target/survey-results-bench.txt}.
 */
@AgoraTest
@EnabledIfSystemProperty(named = "agora.bench", matches = "true")
class SurveyResultsBenchIT {

    private static final int RESPONSES = 10_000;
    private static final int BATCH = 20; // within the 3 s a plugin page has on a busy machine

    @BeforeAll
    static void installProbe() {
        ProbeJar.installOnce();
    }

    private static Survey survey() {
        List<Question> questions = new ArrayList<>();
        List<String> four = List.of("North", "South", "East", "West");
        for (int i = 0; i < 4; i++) {
            questions.add(new Question(QuestionType.SINGLE, "Single " + i, true, four));
            questions.add(new Question(QuestionType.RATING, "Rating " + i, true, List.of()));
        }
        for (int i = 0; i < 3; i++) {
            questions.add(new Question(QuestionType.MULTIPLE, "Multiple " + i, false, four));
            questions.add(new Question(QuestionType.NPS, "NPS " + i, true, List.of()));
            questions.add(new Question(QuestionType.YES_NO, "Yes or no " + i, true, List.of()));
        }
        questions.add(new Question(QuestionType.RANKING, "Ranking", true, four));
        questions.add(new Question(QuestionType.TEXT, "Text 0", false, List.of()));
        questions.add(new Question(QuestionType.TEXT, "Text 1", false, List.of()));
        long id = System.nanoTime() % 1_000_000_000L;
        return new Survey(id, 1, false, "Bench", "", 0, 1, "Bench", Survey.PUBLISHED, true, false, true, null, null, 0,
                questions);
    }

    private static List<String> answers(Survey survey, Random random) {
        List<String> answers = new ArrayList<>();
        for (Question q : survey.questions()) {
            answers.add(switch (q.type()) {
                case SINGLE -> String.valueOf(random.nextInt(4));
                case MULTIPLE -> random.nextBoolean() ? "0,2" : "1";
                case RATING -> String.valueOf(1 + random.nextInt(5));
                case NPS -> String.valueOf(random.nextInt(11));
                case YES_NO -> random.nextBoolean() ? "yes" : "no";
                case RANKING -> random.nextBoolean() ? "0,1,2,3" : "3,2,1,0";
                case TEXT -> random.nextInt(3) == 0 ? "" : "Idea " + random.nextInt(100_000);
            });
        }
        return answers;
    }

    /**
     * Stores a batch of responses, all or none; when the probe does not answer in time on a busy machine, looks
     * whether the batch was stored after all, and stores it again if it was not.
     */
    private static void storeAll(RecordStore store, Survey survey, List<Map<String, String>> batch, int before) {
        var stored = org.agora.plugins.api.RecordQuery.in(Ballots.BALLOTS).where("survey",
                String.valueOf(survey.id()));
        for (int attempt = 0; ; attempt++) {
            try {
                assertThat(store.createAll(Ballots.BALLOTS, batch)).isEqualTo(batch.size());
                return;
            } catch (IllegalStateException slow) {
                if (attempt == 3) {
                    throw slow;
                }
                try {
                    Thread.sleep(5_000); // let the transaction that did not answer in time end
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                long count = store.count(stored);
                if (count == before + batch.size()) {
                    return;
                }
                assertThat(count).isEqualTo(before);
            }
        }
    }

    @Test
    void theResultsOfTenThousandResponsesToTwentyQuestionsAreReadQuickly() throws IOException {
        RecordStore store = new ProbeRecordStore(TestAccounts.admin());
        Survey survey = survey();
        Ballots layout = new Ballots(store, survey);
        Tallies tallies = new Tallies(store);
        Random random = new Random(42);
        long seeding = System.nanoTime();
        // the first responses as if they had come one by one: their answers, and the sums they left in the tally
        KeptTally seeded = new KeptTally(survey.questions().size());
        int counted = 100;
        for (int from = 0; from < RESPONSES - counted; from += BATCH) {
            List<Map<String, String>> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                List<String> answers = answers(survey, random);
                seeded.count(survey, answers, 1);
                batch.add(new HashMap<>(layout.fields(answers)));
            }
            storeAll(store, survey, batch, from);
        }
        tallies.open(survey);
        var record = tallies.record(survey).orElseThrow();
        store.update(Tallies.TALLIES, record.id(), record.version(), seeded.fields(survey));
        long seedSeconds = (System.nanoTime() - seeding) / 1_000_000_000;
        // the last ones as the answer page stores them, timing what counting each into the tally costs
        long tallying = 0;
        for (int i = 0; i < counted; i++) {
            List<String> answers = answers(survey, random);
            store.create(Ballots.BALLOTS, layout.fields(answers));
            long start = System.nanoTime();
            tallies.count(survey, List.of(), answers);
            tallying += System.nanoTime() - start;
        }

        // every call, counted, so that the HTTP round trips can be told apart from the queries
        int[] calls = new int[1];
        RecordStore calling = (RecordStore) java.lang.reflect.Proxy.newProxyInstance(
                RecordStore.class.getClassLoader(), new Class<?>[] {RecordStore.class}, (proxy, method, args) -> {
                    calls[0]++;
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        long best = Long.MAX_VALUE;
        Results results = null;
        int keptCalls = 0;
        for (int run = 0; run < 5; run++) {
            calls[0] = 0;
            long start = System.nanoTime();
            results = Results.of(survey, new Tallies(calling).current(survey));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            keptCalls = calls[0];
        }
        long bestCounted = Long.MAX_VALUE;
        Results recounted = null;
        int countingCalls = 0;
        for (int run = 0; run < 5; run++) {
            calls[0] = 0;
            long start = System.nanoTime();
            recounted = Results.of(survey, new StoredTally(calling, survey));
            bestCounted = Math.min(bestCounted, (System.nanoTime() - start) / 1_000_000);
            countingCalls = calls[0];
        }
        // the same number of round trips, each counting an empty collection: what HTTP alone costs
        long trips = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < keptCalls; i++) {
                store.count(org.agora.plugins.api.RecordQuery.in("nothing").where("x", "y"));
            }
            trips = Math.min(trips, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(results.responses()).isEqualTo(RESPONSES);
        assertThat(results.questions()).hasSize(20);
        assertThat(results.questions().get(0).bars().stream().mapToLong(Results.Bar::count).sum())
                .isEqualTo(RESPONSES);
        // the kept tally shows exactly what counting every stored answer shows
        assertThat(results).isEqualTo(recounted);
        String report = "seeded " + RESPONSES + " responses to 20 questions in " + seedSeconds + " s; results from "
                + "the kept tally with " + keptCalls + " calls in " + best + " ms (best of 5), of which the same "
                + "number of HTTP round trips to the probe with an empty count take " + trips + " ms; counted from "
                + "the stored answers with " + countingCalls + " calls in " + bestCounted + " ms (best of 5); "
                + "counting one response into the tally: " + tallying / counted / 1_000_000 + " ms on average";
        System.out.println(report);
        Files.writeString(Path.of("target/survey-results-bench.txt"), report + System.lineSeparator());
        assertThat(best).isLessThan(1_000);
    }
}
