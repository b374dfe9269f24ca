package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.UpgradeHook;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.agora.plugins.api.content.SearchHit;
import org.agora.plugins.api.events.HostEventListener;
import org.agora.plugins.api.events.PersonErased;
import org.junit.jupiter.api.Test;

/** The test kit behaves as the host does where plugins 1.2 depend on it. */
class HostSimulationTest {

    private final ContentTypeProvider ideas = () -> List.of(new ContentType("idea", "Idea", true));

    @Test
    void theClockMovesWhenTheTestSaysAndRecordsTakeItsTime() {
        TestHost host = TestHost.forPlugin("demo");
        Instant before = host.context().clock().instant();
        host.clock().advance(Duration.ofDays(8));
        assertThat(host.context().clock().instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(8)));
        assertThat(host.records().create("c", Map.of()).createdAt()).isAfterOrEqualTo(before.plus(Duration.ofDays(8)));
        host.clock().set(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(host.context().clock().instant()).isBetween(Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:01:00Z"));
    }

    @Test
    void twoNamesAreTwoPeopleAndOneNameIsOnePerson() {
        assertThat(TestHost.member("Ada").id()).isNotEqualTo(TestHost.member("Grace").id());
        assertThat(TestHost.member("Ada").id()).isEqualTo(TestHost.member("Ada").id());
        assertThat(TestHost.member("Ada").email()).isEqualTo("ada@example.test");
    }

    @Test
    void thePeopleDirectoryFindsEmployeesAsTheHostDoes() {
        TestHost host = TestHost.forPlugin("demo");
        Viewer ada = host.employee("Ada Lovelace", "Engineer", "R&D", "Paris", false);
        Viewer helene = host.employee("Hélène Dubois");
        assertThat(host.context().people().find(ada, "dub", 5)).extracting(PersonRef::name)
                .containsExactly("Hélène Dubois");
        assertThat(host.context().people().find(ada, "hele", 5)).extracting(PersonRef::id)
                .as("accents ignored").containsExactly(helene.id());
        assertThat(host.context().people().byHandle("@ada.lovelace")).map(PersonRef::id).contains(ada.id());
        assertThat(host.context().people().byIds(List.of(helene.id(), 424242L, ada.id())))
                .extracting(PersonRef::id).containsExactly(helene.id(), ada.id());
        assertThat(host.context().people().card(helene, ada.id()).orElseThrow().location())
                .as("a location kept for oneself").isNull();
        assertThat(host.context().people().card(ada, ada.id()).orElseThrow().location()).isEqualTo("Paris");
        assertThat(host.context().people().find(ada, "", 5)).isEmpty();
    }

    @Test
    void everyoneAndASpacesMembersArePagedById() {
        TestHost host = TestHost.forPlugin("demo");
        Viewer ada = host.employee("Ada Lovelace");
        Viewer bob = host.employee("Bob Martin");
        Viewer chloe = host.employee("Chloé Petit");
        host.space(10, false, chloe, ada);
        People people = host.context().people();
        List<Long> ids = Stream.of(ada, bob, chloe).map(Viewer::id).sorted().toList();
        assertThat(people.count()).isEqualTo(3);
        assertThat(people.everyone(0, 2)).extracting(PersonRef::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(people.everyone(ids.get(1), 2)).extracting(PersonRef::id).containsExactly(ids.get(2));
        assertThat(people.members(10, 0, 500)).extracting(PersonRef::id)
                .containsExactlyElementsOf(Stream.of(ada, chloe).map(Viewer::id).sorted().toList());
        assertThat(people.memberCount(10)).isEqualTo(2);
        assertThat(people.members(11, 0, 10)).as("an unknown space").isEmpty();
    }

    @Test
    void searchFindsPeopleAndOnlyTheItemsTheViewerMayRead() {
        TestHost host = TestHost.forPlugin("demo").declaring(ideas);
        Viewer ada = host.employee("Ada Lovelace");
        Viewer bob = host.employee("Bob Martin");
        host.space(10, false, ada);
        host.context().content().publish(new ContentDraft("idea", ada.id(), 10L, "Secret bike sheds", "Sheds",
                "/idea/{id}"));
        host.context().content().publish(new ContentDraft("idea", ada.id(), null, "Public bike racks", "Racks",
                "/idea/{id}"));
        assertThat(host.context().search(ada, "bike", 10)).extracting(SearchHit::title)
                .containsExactlyInAnyOrder("Secret bike sheds", "Public bike racks");
        assertThat(host.context().search(bob, "bike", 10)).extracting(SearchHit::title)
                .containsExactly("Public bike racks");
        assertThat(host.context().search(bob, "ada", 10)).extracting(SearchHit::link)
                .containsExactly("/people/" + ada.id());
    }

    @Test
    void aPublishedPathNamesTheItemsOwnId() {
        TestHost host = TestHost.forPlugin("demo").declaring(ideas);
        Viewer ada = host.employee("Ada Lovelace");
        var item = host.context().content().publish(new ContentDraft("idea", ada.id(), null, "Racks", "Text",
                "/idea/{id}"));
        assertThat(item.path()).isEqualTo("/idea/" + item.id());
        assertThat(item.authorName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void personalDataIsExportedAndErasedInTheHostsOrder() throws Exception {
        TestHost host = TestHost.forPlugin("demo");
        Viewer ada = host.employee("Ada Lovelace");
        host.records().create("thanks", Map.of("to", "Bob"), ada.id());
        host.records().create("thanks", Map.of("to", "Ada"), 99L);
        List<String> steps = new ArrayList<>();
        PersonalDataHandler handler = new PersonalDataHandler() {
            @Override
            public Object exportData(long personId, PluginContext context) {
                return Map.of("thanksGiven", context.records().count(
                        org.agora.plugins.api.RecordQuery.in("thanks").ownedBy(personId)));
            }

            @Override
            public void erase(long personId, PluginContext context) {
                steps.add("handler sees " + context.records().count(
                        org.agora.plugins.api.RecordQuery.in("thanks").ownedBy(personId)) + " records");
            }
        };
        Map<String, Object> export = host.exportPersonalData(ada.id(), handler);
        assertThat((List<?>) export.get("records")).hasSize(1);
        assertThat(export.get("data")).isEqualTo(Map.of("thanksGiven", 1L));

        HostEventListener listener = (event, context) -> {
            if (event instanceof PersonErased erased) {
                steps.add("erased " + erased.personId() + ", " + host.records().all().size() + " left");
            }
        };
        host.erasePersonalData(ada.id(), handler, listener);
        assertThat(steps).containsExactly("handler sees 1 records", "erased " + ada.id() + ", 1 left");
    }

    @Test
    void anUpgradeRunsTheHookOnTheOldRecordsThenTheNewVersion() throws Exception {
        TestHost host = TestHost.forPlugin("demo").version("1.0.0");
        host.records().create("pages", Map.of("title", "Old"));
        UpgradeHook hook = (previous, context) -> {
            if (previous.startsWith("1.0.")) {
                context.records().list("pages", 0, 500).forEach(r -> context.records().update("pages", r.id(),
                        r.version(), Map.of("title", r.fields().get("title"), "slug", "old")));
            }
        };
        host.upgrade(hook, "1.0.0", "1.1.0");
        assertThat(host.context().pluginVersion()).isEqualTo("1.1.0");
        assertThat(host.records().all().get(0).fields()).containsEntry("slug", "old");
    }
}
