package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.Test;

class WikiDemoTest {

    private static final SpaceRef ENGINEERING = new SpaceRef(7, "engineering", "Engineering", false, false);

    private final TestHost host = TestHost.forPlugin("wiki")
            .declaring(new WikiSettings(), new WikiPermissions(), new WikiContent());

    private static DemoCompany company() {
        List<String> handles = List.of("olivia.chen", "nathan.david", "manon.bonnet", "camille.martin",
                "lucas.bernard", "amara.diallo");
        Map<String, Viewer> people = new java.util.HashMap<>();
        for (int i = 0; i < handles.size(); i++) {
            people.put(handles.get(i), TestHost.viewer(i + 1, handles.get(i), "member"));
        }
        return new DemoCompany(people, Map.of("engineering", ENGINEERING));
    }

    @Test
    void theCompanyAndEngineeringWikisGetLinkedPagesWithAHomePageEach() throws Exception {
        new WikiDemo().seed(company(), host.context());

        WikiStore company = new WikiStore(host.records(), 0);
        WikiStore engineering = new WikiStore(host.records(), ENGINEERING.id());
        assertThat(company.home()).map(WikiPage::title).contains("Welcome to Lumen");
        assertThat(engineering.home()).map(WikiPage::title).contains("Engineering handbook");
        assertThat(company.pages()).extracting(WikiPage::title)
                .contains("Onboarding checklist", "Travel and expenses", "Charte du télétravail");
        assertThat(engineering.pages()).extracting(WikiPage::title)
                .contains("Code review", "On-call runbook", "Guide de mise en production");
        assertThat(host.content().all()).as("each page a content item, the space's in its space")
                .hasSize(company.pages().size() + engineering.pages().size())
                .filteredOn(s -> Long.valueOf(ENGINEERING.id()).equals(s.item().spaceId()))
                .hasSize(engineering.pages().size());
    }

    @Test
    void everyLinkLeadsToAPageOfItsOwnWiki() throws Exception {
        new WikiDemo().seed(company(), host.context());
        for (long space : new long[] {0, ENGINEERING.id()}) {
            WikiStore store = new WikiStore(host.records(), space);
            List<String> missing = store.pages().stream()
                    .flatMap(p -> WikiLinks.in(p.markdown()).stream().map(WikiLinks.Link::title))
                    .filter(title -> store.byTitle(title).isEmpty())
                    .toList();
            assertThat(missing).as("links without a page in wiki " + space).isEmpty();
        }
    }

    @Test
    void thePagesArePublishedInTheNameOfTheirAuthors() throws Exception {
        new WikiDemo().seed(company(), host.context());
        assertThat(Stream.concat(new WikiStore(host.records(), 0).pages().stream(),
                new WikiStore(host.records(), ENGINEERING.id()).pages().stream()).map(WikiPage::authorId).distinct())
                .hasSize(6);
    }
}
