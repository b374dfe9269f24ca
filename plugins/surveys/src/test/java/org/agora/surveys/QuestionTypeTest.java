package org.agora.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTypeTest {

    private static String read(QuestionType type, int options, String... values) throws Exception {
        return type.read(List.of(values), options);
    }

    @Test
    void aSingleChoiceIsOneOfTheOptions() throws Exception {
        assertThat(read(QuestionType.SINGLE, 3, "2")).isEqualTo("2");
        assertThatThrownBy(() -> read(QuestionType.SINGLE, 3, "3")).hasMessage("survey.error.noSuchOption");
        assertThatThrownBy(() -> read(QuestionType.SINGLE, 3, "0", "1")).hasMessage("survey.error.oneAnswer");
        assertThatThrownBy(() -> read(QuestionType.SINGLE, 3, "-1")).hasMessage("survey.error.noSuchOption");
    }

    @Test
    void aMultipleChoiceKeepsEachOptionOnceInOrder() throws Exception {
        assertThat(read(QuestionType.MULTIPLE, 4, "3", "0")).isEqualTo("0,3");
        assertThatThrownBy(() -> read(QuestionType.MULTIPLE, 4, "1", "1")).hasMessage("survey.error.noSuchOption");
        assertThatThrownBy(() -> read(QuestionType.MULTIPLE, 4, "9")).hasMessage("survey.error.noSuchOption");
    }

    @Test
    void aRatingIsOneToFiveAndTheNpsZeroToTen() throws Exception {
        assertThat(read(QuestionType.RATING, 0, "5")).isEqualTo("5");
        assertThatThrownBy(() -> read(QuestionType.RATING, 0, "11")).hasMessage("survey.error.rating");
        assertThatThrownBy(() -> read(QuestionType.RATING, 0, "0")).hasMessage("survey.error.rating");
        assertThatThrownBy(() -> read(QuestionType.RATING, 0, "4.5")).hasMessage("survey.error.rating");
        assertThat(read(QuestionType.NPS, 0, "0")).isEqualTo("0");
        assertThat(read(QuestionType.NPS, 0, "10")).isEqualTo("10");
        assertThatThrownBy(() -> read(QuestionType.NPS, 0, "11")).hasMessage("survey.error.nps");
    }

    @Test
    void yesOrNo() throws Exception {
        assertThat(read(QuestionType.YES_NO, 0, "no")).isEqualTo("no");
        assertThatThrownBy(() -> read(QuestionType.YES_NO, 0, "maybe")).hasMessage("survey.error.yesNo");
    }

    @Test
    void aRankingGivesEachOptionADifferentRankAndIsStoredAsTheOptionsInRankOrder() throws Exception {
        // option 0 ranked 2nd, option 1 ranked 3rd, option 2 ranked 1st
        assertThat(read(QuestionType.RANKING, 3, "2", "3", "1")).isEqualTo("2,0,1");
        assertThatThrownBy(() -> read(QuestionType.RANKING, 3, "1", "1", "2")).hasMessage("survey.error.ranking");
        assertThatThrownBy(() -> read(QuestionType.RANKING, 3, "1", "2")).hasMessage("survey.error.ranking");
        assertThatThrownBy(() -> read(QuestionType.RANKING, 3, "1", "", "2")).hasMessage("survey.error.ranking");
        assertThat(read(QuestionType.RANKING, 3, "", "", "")).isEmpty();
    }

    @Test
    void aFreeTextHasAtMostTwoThousandCharacters() throws Exception {
        assertThat(read(QuestionType.TEXT, 0, "  Plus de café  ")).isEqualTo("Plus de café");
        assertThatThrownBy(() -> read(QuestionType.TEXT, 0, "x".repeat(2001))).hasMessage("survey.error.textTooLong");
    }

    @Test
    void nothingSentIsNoAnswer() throws Exception {
        for (QuestionType type : QuestionType.values()) {
            assertThat(type.read(List.of(), 3)).isEmpty();
        }
    }

    @Test
    void choicesNeedTwoToTwentyDifferentOptions() {
        assertThatThrownBy(() -> Question.of("single", "Which?", true, "Only one")).hasMessage("survey.error.options");
        assertThatThrownBy(() -> Question.of("single", "Which?", true, "A\nA")).hasMessage("survey.error.options");
        assertThatThrownBy(() -> Question.of("single", "Which?", true, java.util.stream.IntStream.range(0, 21).mapToObj(i -> "Option " + i).collect(java.util.stream.Collectors.joining("\n"))))
                .hasMessage("survey.error.options");
        assertThatThrownBy(() -> Question.of("dance", "Which?", true, "")).hasMessage("survey.error.questionType");
        assertThatThrownBy(() -> Question.of("text", " ", true, "")).hasMessage("survey.error.questionText");
    }
}
