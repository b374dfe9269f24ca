package org.agora.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.search.index.QueryText.Kind;
import org.agora.search.index.QueryText.Term;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void wordsAreAllRequired() {
        QueryText q = QueryText.parse("budget  review");
        assertThat(q.groups()).containsExactly(List.of(new Term("budget", Kind.WORD)),
                List.of(new Term("review", Kind.WORD)));
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void phrasesExclusionsPrefixesAndAlternatives() {
        QueryText q = QueryText.parse("\"release plan\" deploy* -draft kiwi OR mango | papaya");
        assertThat(q.groups()).containsExactly(
                List.of(new Term("release plan", Kind.PHRASE)),
                List.of(new Term("deploy", Kind.PREFIX)),
                List.of(new Term("kiwi", Kind.WORD), new Term("mango", Kind.WORD), new Term("papaya", Kind.WORD)));
        assertThat(q.excluded()).containsExactly(new Term("draft", Kind.WORD));
    }

    @Test
    void excludedPhrase() {
        assertThat(QueryText.parse("roadmap -\"next year\"").excluded())
                .containsExactly(new Term("next year", Kind.PHRASE));
    }

    @Test
    void oddInputIsReadAsWordsOrIgnored() {
        assertThat(QueryText.parse("\"unclosed quote").groups())
                .containsExactly(List.of(new Term("unclosed quote", Kind.PHRASE)));
        assertThat(QueryText.parse("*** ( ) - OR").isEmpty()).isTrue();
        assertThat(QueryText.parse("OR kiwi").groups()).containsExactly(List.of(new Term("kiwi", Kind.WORD)));
        assertThat(QueryText.parse("a* (budget)").groups())
                .containsExactly(List.of(new Term("a", Kind.WORD)), List.of(new Term("budget", Kind.WORD)));
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void lowerCaseOrIsAWord() {
        assertThat(QueryText.parse("this or that").groups()).hasSize(3);
    }
}
