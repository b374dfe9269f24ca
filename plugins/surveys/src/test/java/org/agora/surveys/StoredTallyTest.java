package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The results counted by the record store's queries are those counted from the answers themselves. */
class StoredTallyTest {

    private final SurveyFixture f = new SurveyFixture();

    @Test
    void countingInTheStoreGivesTheSameResultsAsReadingEveryAnswer() throws Exception {
        long id = f.draft("Everything");
        for (QuestionType type : QuestionType.values()) {
            f.post(ADA, "/s/" + id + "/questions", "type", type.key(), "text", "Q " + type.key(),
                    "options", type.hasOptions() ? "A\nB\nC" : "");
        }
        f.post(ADA, "/s/" + id + "/publish");
        String[][] answers = {
                {"0", "0,2", "5", "10", "yes", "1,2,3", "zèbre"},
                {"2", "1", "3", "6", "no", "3,1,2", "Apple"},
                {"2", "", "4", "9", "", "2,3,1", ""},
                {"1", "0,1,2", "", "0", "yes", "", "mango"},
                {"0", "2", "1", "8", "no", "1,3,2", "apple"},
                {"", "0", "2", "7", "yes", "2,1,3", "Kiwi"}};
        for (int p = 0; p < answers.length; p++) {
            String[] a = answers[p];
            List<String> form = new java.util.ArrayList<>();
            for (int n = 0; n < a.length; n++) {
                for (String v : a[n].isEmpty() ? new String[0] : n == 1 || n == 5 ? a[n].split(",")
                        : new String[] {a[n]}) {
                    form.add("q" + n);
                    form.add(v);
                }
            }
            f.answer(person(500 + p), id, form.toArray(String[]::new));
        }
        Survey survey = f.survey(id);
        List<List<String>> stored = new Ballots(f.host.records(), survey).all().stream()
                .map(b -> Ballots.answers(b, survey.questions().size())).toList();
        Results counted = Results.of(survey, new StoredTally(f.host.records(), survey));
        assertThat(counted).isEqualTo(Results.of(survey, stored));
        assertThat(counted.responses()).isEqualTo(6);
        assertThat(counted.questions().get(0).bars()).extracting(Results.Bar::count).containsExactly(2L, 1L, 2L);
        assertThat(counted.questions().get(1).bars()).extracting(Results.Bar::count).containsExactly(3L, 2L, 3L);
        assertThat(counted.questions().get(6).texts()).containsExactly("Apple", "Kiwi", "apple", "mango", "zèbre");
    }
}
