package org.agora.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void frenchRemovesElisionsFoldsAccentsAndStems() throws IOException {
        Analyzer french = Analysis.french();
        assertThat(terms(french, "l'équipe")).isEqualTo(terms(french, "équipe")).isEqualTo(terms(french, "equipe"));
        assertThat(terms(french, "les équipes")).isEqualTo(terms(french, "équipe"));
        assertThat(terms(french, "L’Équipe d'été")).hasSize(2);
        assertThat(terms(french, "la réunion et le projet")).doesNotContain("la", "et", "le");
    }

    @Test
    void englishStemsAndFoldsAccents() throws IOException {
        Analyzer english = Analysis.english();
        assertThat(terms(english, "deployments")).isEqualTo(terms(english, "deployment"));
        assertThat(terms(english, "running")).isEqualTo(terms(english, "run"));
        assertThat(terms(english, "café résumé")).containsExactly("cafe", "resum");
        assertThat(terms(english, "the team's plan")).containsExactly("team", "plan");
        assertThat(terms(english, "l'équipe")).isEqualTo(terms(english, "equipe"));
    }

    @Test
    void namesAreFoldedButNotStemmed() throws IOException {
        assertThat(terms(Analysis.names(), "Zoé Lefèvre-Dupont")).containsExactly("zoe", "lefevre", "dupont");
        assertThat(terms(Analysis.names(), "Engineering")).containsExactly("engineering");
    }

    @Test
    void languageIsDetectedFromFunctionWords() {
        assertThat(Language.detect("Nous avons livré la nouvelle version de l'application pour l'équipe"))
                .isEqualTo(Language.FRENCH);
        assertThat(Language.detect("We shipped the new version of the app for the team")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("Réunion déplacée")).isEqualTo(Language.FRENCH);
        assertThat(Language.detect("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("Kubernetes 1.31")).isEqualTo(Language.ENGLISH);
    }
}
