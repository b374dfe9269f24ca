package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.StoredRecord;
import org.junit.jupiter.api.Test;

class SurveyPersonalDataTest {

    private final SurveyFixture f = new SurveyFixture();

    @Test
    void theExportHasNamedAnswersAndOnlyTheTitlesOfAnonymousSurveys() throws Exception {
        long named = f.published(false, false);
        long anonymous = f.published(true, false);
        f.answer(BOB, named, "q0", "1", "q1", "4", "q2", "Named idea");
        f.answer(BOB, anonymous, "q0", "0", "q1", "2", "q2", "Secret idea");
        String export = new SurveyPersonalData().export(BOB.id(), f.host.context());
        assertThat(export).contains("\"namedResponses\"").contains("\"answer\": \"Home\"")
                .contains("\"answer\": \"Named idea\"").contains("\"answeredAnonymously\": [\"Team pulse\"]")
                .doesNotContain("Secret idea");
        // records the host exports on its own: only the named response is Bob's
        assertThat(f.host.records().all()).filteredOn(r -> Long.valueOf(BOB.id()).equals(r.ownerId()))
                .singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("a2", "Named idea"));
        assertThat(new SurveyPersonalData().export(999, f.host.context())).isNull();
    }

    @Test
    void erasureTakesThePersonOffTheRollsAndTheirNameOffTheirSurveys() throws Exception {
        long id = f.published(true, false);
        f.answer(BOB, id, "q0", "0", "q1", "2");
        new SurveyPersonalData().erase(BOB.id(), f.host.context());
        assertThat(new Roll(f.host.records(), id).contains(BOB.id())).isFalse();
        new SurveyPersonalData().erase(SurveyFixture.ADA.id(), f.host.context());
        assertThat(f.survey(id).authorName()).isEmpty();
        assertThat(f.host.records().all()).map(StoredRecord::fields)
                .noneMatch(fields -> fields.containsValue("Ada Lovelace"));
    }
}
