package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.TestHost;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private final SurveyFixture f = new SurveyFixture();

    @Test
    void theExportIsUtf8WithABomQuotedRightAndReadsBack() throws Exception {
        long id = f.draft("Café");
        f.addQuestion(id, "multiple", "Quels outils, \"vraiment\" ?", "Éditeur\nCI, rapide\n=SUM(A1)");
        f.addQuestion(id, "ranking", "Classez", "Paie\nÉquipe");
        f.post(ADA, "/s/" + id + "/questions", "type", "text", "text", "Autre ?", "options", "");
        f.post(ADA, "/s/" + id + "/publish");
        Viewer chloe = TestHost.viewer(9, "Chloé Dupont-Lefèvre", "member");
        f.answer(chloe, id, "q0", "0", "q0", "1", "q1", "2", "q1", "1", "q2", "Ligne 1\nLigne \"2\"");
        f.answer(BOB, id, "q0", "2", "q1", "1", "q1", "2");

        PageResult.Download csv = (PageResult.Download) f.get(ADA, "/s/" + id + "/export");
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=UTF-8");
        byte[] bytes = csv.content();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("Respondent", "Quels outils, \"vraiment\" ?", "Classez",
                "Autre ?");
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).containsExactly("Chloé Dupont-Lefèvre",
                "Éditeur; CI, rapide", "Équipe > Paie", "Ligne 1\nLigne \"2\""));
        // a cell a spreadsheet would run as a formula is written as text
        assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("'=SUM(A1)"));
    }

    @Test
    void onlyTheAuthorExports() throws Exception {
        long id = f.published(false, false);
        assertThat(f.get(BOB, "/s/" + id + "/export")).isInstanceOf(PageResult.Forbidden.class);
    }
}
