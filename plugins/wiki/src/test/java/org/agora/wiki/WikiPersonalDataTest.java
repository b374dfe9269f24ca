package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class WikiPersonalDataTest extends WikiFixture {

    private final WikiPersonalData gdpr = new WikiPersonalData();

    @Test
    void aPersonsRevisionsArePartOfTheirExport() throws Exception {
        String slug = create("Onboarding", "Say \"hi\"");
        edit(BOB, slug, "Onboarding", "Bob's text", "bob's change");
        assertThat(gdpr.exportData(BOB.id(), host.context())).isEqualTo(Map.of("pagesCreated", List.of(),
                "revisions", List.of(Map.of("title", "Onboarding", "revision", 2,
                        "at", Instant.parse("2026-03-02T09:00:00Z"), "comment", "bob's change", "text", "Bob's text"))));
        assertThat(host.exportPersonalData(ADA.id(), gdpr).get("data")).asString()
                .contains("pagesCreated=[Onboarding]").contains("text=Say \"hi\"");
        assertThat(gdpr.exportData(99, host.context())).isNull();
    }

    @Test
    void erasingAPersonKeepsPagesAndRevisionsAsByAFormerEmployee() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(BOB, slug, "Onboarding", "v2", "bob");
        gdpr.erase(BOB.id(), host.context());
        assertThat(gdpr.exportData(BOB.id(), host.context())).isNull();
        assertThat(page(slug).markdown()).isEqualTo("v2");
        List<ReadPages.HistoryRow> rows = list(get("/page/" + slug + "/history"), "revisions");
        assertThat(rows).extracting(ReadPages.HistoryRow::author).containsExactly("a former employee", "Ada Lovelace");
        List<ReadPages.HistoryRow> french = list(send(Requests.get("/page/" + slug + "/history").as(ADA)
                .in(Locale.FRENCH)), "revisions");
        assertThat(french.getFirst().author()).isEqualTo("un ancien employé");
        assertThat(model(get("/page/" + slug))).containsEntry("editedBy", "a former employee");
        assertThat(host.records().all()).allSatisfy(r -> assertThat(r.fields()).doesNotContainEntry("authorId", "3")
                .doesNotContainValue("Bob Builder"));
    }

    @Test
    void anErasedEditorsBurstIsOverAndTheirCardsNoLongerPointToThem() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(BOB, slug, "Onboarding", "v2", "bob");
        gdpr.erase(BOB.id(), host.context());
        edit(BOB, slug, "Onboarding", "v3", "bob again");
        assertThat(host.content().all()).filteredOn(s -> s.draft().type().equals("update")).hasSize(2);
    }

    @Test
    void erasingTheCreatorKeepsTheirPages() throws Exception {
        create("Onboarding", "v1");
        gdpr.erase(ADA.id(), host.context());
        assertThat(new WikiStore(host.records(), 0).pages()).singleElement().satisfies(p -> {
            assertThat(p.author()).isEmpty();
            assertThat(p.authorId()).isZero();
        });
    }
}
