package org.agora.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static Survey survey(boolean anonymous, Question... questions) {
        return new Survey(1, 1, false, "S", "", 0, 1, "Ada", Survey.PUBLISHED, anonymous, false, false, null, null,
                9, List.of(questions));
    }

    private static List<List<String>> answers(String... values) {
        List<List<String>> all = new ArrayList<>();
        for (String v : values) {
            all.add(List.of(v));
        }
        return all;
    }

    @Test
    void theNpsCountsPromotersPassivesAndDetractors() {
        Survey s = survey(false, new Question(QuestionType.NPS, "Recommend?", true, List.of()));
        Results r = Results.of(s, answers("10", "9", "8", "7", "6", "0", "9", ""));
        Results.QuestionResult q = r.questions().get(0);
        assertThat(q.answered()).isEqualTo(7);
        assertThat(q.nps()).isEqualTo(new Results.Nps(3, 2, 2, 14));
        assertThat(q.bars()).hasSize(11);
        assertThat(q.mean()).isEqualTo("7.0");
    }

    @Test
    void aScaleHasItsMeanAndSpread() {
        Survey s = survey(false, new Question(QuestionType.RATING, "Week?", true, List.of()));
        Results.QuestionResult q = Results.of(s, answers("2", "4", "4", "4", "5", "5", "7".replace("7", "2"), "4"))
                .questions().get(0);
        assertThat(q.mean()).isEqualTo("3.8");
        assertThat(q.spread()).isEqualTo("1.1");
        assertThat(q.bars()).extracting(Results.Bar::count).containsExactly(0L, 2L, 0L, 4L, 2L);
    }

    @Test
    void choicesCountEachOptionAgainstThePeopleWhoAnswered() {
        Survey s = survey(false, new Question(QuestionType.MULTIPLE, "Tools?", true, List.of("CI", "Wiki", "Chat")));
        Results.QuestionResult q = Results.of(s, answers("0,1", "0", "0,2", "")).questions().get(0);
        assertThat(q.bars()).extracting(Results.Bar::label, Results.Bar::count, Results.Bar::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CI", 3L, 100),
                        org.assertj.core.groups.Tuple.tuple("Wiki", 1L, 33),
                        org.assertj.core.groups.Tuple.tuple("Chat", 1L, 33));
    }

    @Test
    void aRankingListsOptionsByAverageRank() {
        Survey s = survey(false, new Question(QuestionType.RANKING, "Rank", true, List.of("Pay", "Team", "Tools")));
        Results.QuestionResult q = Results.of(s, answers("1,0,2", "1,2,0", "0,1,2")).questions().get(0);
        assertThat(q.bars()).extracting(Results.Bar::label).containsExactly("Team", "Pay", "Tools");
        assertThat(q.bars().get(0).note()).isEqualTo("1.3");
    }

    @Test
    void anAnonymousSurveyShowsNothingBelowFiveResponsesANamedOneDoes() {
        Question yesNo = new Question(QuestionType.YES_NO, "OK?", true, List.of());
        assertThat(Results.of(survey(true, yesNo), answers("yes", "no", "yes", "yes")).withheld()).isTrue();
        assertThat(Results.of(survey(true, yesNo), answers("yes", "no", "yes", "yes", "no")).questions().get(0)
                .bars()).extracting(Results.Bar::count).containsExactly(3L, 2L);
        assertThat(Results.of(survey(false, yesNo), answers("yes")).withheld()).isFalse();
    }

    @Test
    void aPageListsFiftyWrittenAnswersAndCountsThemAll() {
        Survey s = survey(false, new Question(QuestionType.TEXT, "Ideas?", false, List.of()));
        String[] many = java.util.stream.IntStream.range(0, 130).mapToObj(i -> String.format("idea %03d", i))
                .toArray(String[]::new);
        Results.QuestionResult q = Results.of(s, answers(many)).questions().get(0);
        assertThat(q.answered()).isEqualTo(130);
        assertThat(q.texts()).hasSize(Results.MAX_TEXTS).startsWith("idea 000").endsWith("idea 049");
    }

    @Test
    void writtenAnswersAreInAlphabeticalOrderNotInTheOrderTheyCame() {
        Survey s = survey(false, new Question(QuestionType.TEXT, "Ideas?", false, List.of()));
        assertThat(Results.of(s, answers("zebra crossing", "Apples", "", "mangoes")).questions().get(0).texts())
                .containsExactly("Apples", "mangoes", "zebra crossing");
    }
}
