package org.agora.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link QueryText} into a Lucene query over every searched field, each analysed its own way: a word is
 * looked for stemmed in the English and the French text and as typed in titles and names; words of five letters or
 * more also match with one typo (two for long names), ranked below exact matches.
 */
public final class Queries {

    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 3f, Fields.AUTHOR_NAME, 1.5f,
            Fields.textOf(Language.ENGLISH), 1f, Fields.textOf(Language.FRENCH), 1f);
    private static final float FUZZY = 0.3f;
    /** a word that this many items contain in a field is taken as spelt right there */
    static final int SPELT_RIGHT = 1_000;
    private static final List<String> UNSTEMMED = List.of(Fields.TITLE, Fields.AUTHOR_NAME, Fields.WORDS);
    /** the fields whose text the snippets show */
    static final List<String> HIGHLIGHTED = List.of(Fields.textOf(Language.ENGLISH), Fields.textOf(Language.FRENCH));

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    public Queries(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
    }

    /**
     * A query and what its snippets highlight.
     *
     * @param query     what must match, over every searched field
     * @param highlight the wanted words and phrases in the text fields only: the snippets show nothing else, and the
     *                  highlighter need not rewrite the typo and prefix expansions, which are costly
     */
    public record Built(Query query, Query highlight) {
    }

    /**
     * @param reader the index searched: words that many of its items contain are taken as spelt right, so their
     *               typo variants, which mostly add noise and cost, are not looked for
     * @return the Lucene query, or null if the text holds nothing to search for
     */
    public Built build(QueryText text, IndexReader reader) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        int required = 0;
        for (List<QueryText.Term> group : text.groups()) {
            List<Query> alternatives = new ArrayList<>();
            for (QueryText.Term term : group) {
                PerTerm q = term(term, reader);
                if (q != null) {
                    alternatives.add(q.query());
                    q.highlight().forEach(h -> highlight.add(h, BooleanClause.Occur.SHOULD));
                }
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            if (alternatives.size() == 1) {
                all.add(alternatives.get(0), BooleanClause.Occur.MUST);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
                all.add(any.build(), BooleanClause.Occur.MUST);
            }
            required++;
        }
        int excluded = 0;
        for (QueryText.Term term : text.excluded()) {
            // "-word" excludes the word, not the words one typo away from it
            PerTerm q = term(term, null);
            if (q != null) {
                all.add(q.query(), BooleanClause.Occur.MUST_NOT);
                excluded++;
            }
        }
        if (required == 0) {
            if (excluded == 0) {
                return null;
            }
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return new Built(all.build(), highlight.build());
    }

    /** The query of one term, and its parts in the highlighted text fields. */
    record PerTerm(Query query, List<Query> highlight) {
    }

    /**
     * @param reader null for the exact words only, without typo tolerance
     * @return the query of one term over every searched field, or null if analysis leaves nothing of it
     */
    PerTerm term(QueryText.Term term, IndexReader reader) throws IOException {
        List<Query> perField = new ArrayList<>();
        List<Query> highlight = new ArrayList<>();
        for (String field : Fields.SEARCHED) {
            Query q = switch (term.kind()) {
                case PHRASE -> builder.createPhraseQuery(field, term.text());
                case WORD -> builder.createBooleanQuery(field, term.text(), BooleanClause.Occur.MUST);
                case PREFIX -> null;
            };
            if (q != null) {
                perField.add(new BoostQuery(q, BOOSTS.get(field)));
                if (HIGHLIGHTED.contains(field)) {
                    highlight.add(q);
                }
            }
        }
        for (String field : UNSTEMMED) {
            Query q = switch (term.kind()) {
                case PHRASE -> null;
                case WORD -> reader == null ? null : fuzzy(field, term.text(), reader);
                case PREFIX -> prefix(field, term.text());
            };
            if (q != null) {
                perField.add(term.kind() == QueryText.Kind.PREFIX ? q : new BoostQuery(q, FUZZY));
            }
        }
        return perField.isEmpty() ? null : new PerTerm(new DisjunctionMaxQuery(perField, 0.1f), highlight);
    }

    /**
     * @return the word with one typo (two in long names), or null for short words, where typos match too much, for
     *         codes and numbers, where a different character means a different thing, and for words that many items
     *         contain
     */
    private Query fuzzy(String field, String word, IndexReader reader) throws IOException {
        String normalised = analyzer.normalize(field, word).utf8ToString();
        if (normalised.length() < 5 || !normalised.chars().allMatch(Character::isLetter)
                || reader.docFreq(new Term(field, normalised)) >= SPELT_RIGHT) {
            return null;
        }
        int edits = !field.equals(Fields.WORDS) && normalised.length() >= 8 ? 2 : 1;
        // the first letter is rarely the one mistyped, and fixing it keeps fuzzy matching fast
        return new FuzzyQuery(new Term(field, normalised), edits, 1, 50, true);
    }

    private Query prefix(String field, String text) {
        String normalised = analyzer.normalize(field, text).utf8ToString();
        String[] words = normalised.split("[^\\p{L}\\p{N}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        if (last.length() < 2) {
            return null;
        }
        return new PrefixQuery(new Term(field, last));
    }
}
