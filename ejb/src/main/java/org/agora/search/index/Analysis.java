package org.agora.search.index;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes searchable terms. Each item's text goes into the field of its language, analysed with that
 * language's stemmer; a query is analysed for both fields and searches both. Both analysers remove French elisions
 * ("l'équipe" is "équipe") and fold accents ("equipe" finds "équipe"), since people type either.
 */
public final class Analysis {

    /** French articles and pronouns that elide before a vowel. */
    private static final CharArraySet ELISIONS = new CharArraySet(java.util.List.of(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private Analysis() {
    }

    /** English: possessives and stop words removed, Porter stemming, accents folded. */
    public static Analyzer english() {
        return analyzer(words -> new PorterStemFilter(new ASCIIFoldingFilter(new StopFilter(
                new LowerCaseFilter(new EnglishPossessiveFilter(words)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
    }

    /** French: elisions and stop words removed, light stemming, accents folded. */
    public static Analyzer french() {
        return analyzer(words -> new ASCIIFoldingFilter(new FrenchLightStemFilter(
                new StopFilter(new LowerCaseFilter(words), FrenchAnalyzer.getDefaultStopSet()))));
    }

    /** Names and titles: whole words, lower case, accents folded, no stemming, so that fuzzy matching works on them. */
    public static Analyzer names() {
        return analyzer(words -> new ASCIIFoldingFilter(new LowerCaseFilter(words)));
    }

    /**
     * @param filters what follows the tokenizer and the elision filter
     * @return an analyser whose query terms (prefixes, fuzzy terms) are lower-cased and folded like the text
     */
    private static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new ElisionFilter(source, ELISIONS)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** @return the analyser of every field of the index */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(names(), Map.of(
                Fields.textOf(Language.ENGLISH), english(),
                Fields.textOf(Language.FRENCH), french()));
    }
}
