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
 * The results of a 20-question survey with 10,000 responses, counted the way the surveys count them
 * ({@link StoredTally}: one indexed count per option) on the real server's record store and Derby. The responses are
 * stored with the surveys' own field layout in the probe plugin's records (a plugin reaches only its own), and every
 * count goes through the probe's page, so the time measured includes one HTTP round trip per query: an upper bound of
 * what the results page spends in storage. Run with
 * {@code ./mvnw verify -pl ear -am -Dagora.bench=true -Dit.test=SurveyResultsBenchIT}; the numbers go to
 * {@code target/survey-results-bench.txt}.
 */
@AgoraTest
@EnabledIfSystemProperty(named = "agora.bench", matches = "true")
class SurveyResultsBenchIT {

    private static final int RESPONSES = 10_000;
    private static final int BATCH = 40; // within the 3 s a plugin page has on a busy machine

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

    @Test
    void theResultsOfTenThousandResponsesToTwentyQuestionsAreCountedQuickly() throws IOException {
        RecordStore store = new ProbeRecordStore(TestAccounts.admin());
        Survey survey = survey();
        Ballots layout = new Ballots(store, survey);
        Random random = new Random(42);
        long seeding = System.nanoTime();
        for (int from = 0; from < RESPONSES; from += BATCH) {
            List<Map<String, String>> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                Map<String, String> fields = new HashMap<>(layout.fields(answers(survey, random)));
                batch.add(fields);
            }
            assertThat(store.createAll(Ballots.BALLOTS, batch)).isEqualTo(BATCH);
        }
        long seedSeconds = (System.nanoTime() - seeding) / 1_000_000_000;

        // every call the tally makes, counted, so that the HTTP round trips can be told apart from the queries
        int[] calls = new int[1];
        RecordStore counted = (RecordStore) java.lang.reflect.Proxy.newProxyInstance(RecordStore.class.getClassLoader(),
                new Class<?>[] {RecordStore.class}, (proxy, method, args) -> {
                    calls[0]++;
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        long best = Long.MAX_VALUE;
        Results results = null;
        for (int run = 0; run < 5; run++) {
            calls[0] = 0;
            long start = System.nanoTime();
            results = Results.of(survey, new StoredTally(counted, survey));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        // the same number of round trips, each counting an empty collection: what HTTP alone costs
        long trips = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls[0]; i++) {
                store.count(org.agora.plugins.api.RecordQuery.in("nothing").where("x", "y"));
            }
            trips = Math.min(trips, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(results.responses()).isEqualTo(RESPONSES);
        assertThat(results.questions()).hasSize(20);
        assertThat(results.questions().get(0).bars().stream().mapToLong(Results.Bar::count).sum())
                .isEqualTo(RESPONSES);
        String report = "seeded " + RESPONSES + " responses to 20 questions in " + seedSeconds + " s; results "
                + "counted with " + calls[0] + " queries in " + best + " ms (best of 5), of which the same number of "
                + "HTTP round trips to the probe with an empty count take " + trips + " ms";
        System.out.println(report);
        Files.writeString(Path.of("target/survey-results-bench.txt"), report + System.lineSeparator());
    }
}
