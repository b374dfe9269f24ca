package org.agora.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.InMemoryContentItems;
import org.junit.jupiter.api.Test;

/**
 * An anonymous idea: the host keeps no author with it, no page, list, queue, dashboard or export that others see
 * names the author, yet the author is told of answers and finds "an anonymous idea" in their own export.
 */
class AnonymityTest {

    private final IdeaFixture f = new IdeaFixture();

    private List<String> everythingAManagerSees(long id) throws Exception {
        List<String> seen = new ArrayList<>();
        for (Viewer who : List.of(f.manager, org.agora.plugins.testkit.TestHost.admin("Irene Admin"))) {
            for (String path : List.of("/", "/new", "/trending", "/i/" + id, "/review", "/dashboard")) {
                PageResult page = path.equals("/new") || path.equals("/trending")
                        ? f.send(org.agora.plugins.testkit.Requests.get("/").as(who).param("sort", path.substring(1)))
                        : f.get(who, path);
                seen.add(f.render(page, who, Locale.ENGLISH));
                seen.add(f.render(page, who, Locale.FRENCH));
            }
        }
        seen.add(String.valueOf(f.host.content().all()));
        seen.add(String.valueOf(f.host.search(f.manager, "Anonymous", 50)));
        seen.add(String.valueOf(f.host.search(f.manager, "Salaries", 50)));
        seen.add(String.valueOf(f.host.records().all().stream().filter(r -> r.collection().equals(Idea.IDEAS)).toList()));
        seen.add(String.valueOf(f.host.exportPersonalData(f.bob.id(), new IdeaPersonalData())));
        seen.add(String.valueOf(f.host.exportPersonalData(f.manager.id(), new IdeaPersonalData())));
        seen.addAll(f.host.notificationTexts(Locale.ENGLISH));
        return seen;
    }

    @Test
    void nobodyLearnsWhoWroteAnAnonymousIdea() throws Exception {
        long id = f.submit(f.ada, "Salaries in job ads", true);
        f.post(f.bob, "/i/" + id + "/vote");
        f.post(f.manager, "/i/" + id + "/status", "status", "review", "answer", "HR looks at it.");

        assertThat(f.host.content().draft(id)).hasValueSatisfying(d ->
                assertThat(d.authorId()).isEqualTo(InMemoryContentItems.ANONYMOUS_AUTHOR));
        assertThat(f.idea(id).authorId()).isZero();
        assertThat(f.host.records().all().stream().filter(r -> r.collection().equals(Idea.IDEAS)).toList()).allSatisfy(r -> assertThat(r.fields()).doesNotContainKey("author"));
        assertThat(f.host.records().all()).extracting(r -> r.ownerId()).doesNotContain(f.ada.id());

        for (String seen : everythingAManagerSees(id)) {
            assertThat(seen).doesNotContain("Ada").doesNotContain("Lovelace").doesNotContain(f.ada.email())
                    .doesNotContain("ada.lovelace").doesNotContain("\"" + f.ada.id() + "\"");
        }
        assertThat(f.render(f.send(org.agora.plugins.testkit.Requests.get("/i/" + id).as(f.bob).in(Locale.FRENCH)),
                f.bob, Locale.FRENCH)).contains("Anonyme");
    }

    @Test
    void theAnonymousAuthorIsToldOfAnswersAndFindsTheirIdeaUnnamedInTheirExport() throws Exception {
        long id = f.submit(f.ada, "Salaries in job ads", true);
        f.post(f.manager, "/i/" + id + "/status", "status", "declined", "answer", "Not this year.");
        assertThat(f.host.notifications()).extracting(PluginNotification::recipientId).containsExactly(f.ada.id());
        assertThat(f.host.notifications()).as("for the author's eyes only: not mailed, not exported")
                .allMatch(PluginNotification::confidential);
        assertThat(f.host.notificationTexts(Locale.ENGLISH))
                .containsExactly("Your idea “Salaries in job ads” was declined; read the answer.");

        Map<String, Object> export = f.host.exportPersonalData(f.ada.id(), new IdeaPersonalData());
        assertThat(String.valueOf(export)).contains(IdeaPersonalData.ANONYMOUS_IDEA)
                .doesNotContain("Salaries").doesNotContain("/i/" + id).doesNotContain("idea=" + id);
    }

    @Test
    void erasingThePersonKeepsTheirNamedIdeasAsAFormerEmployeesAndRemovesTheirVotes() throws Exception {
        long named = f.submit(f.ada, "Named idea", false);
        long anonymous = f.submit(f.ada, "Anonymous idea", true);
        f.post(f.ada, "/i/" + anonymous + "/vote");
        f.post(f.bob, "/i/" + anonymous + "/vote");
        assertThat(String.valueOf(f.host.exportPersonalData(f.ada.id(), new IdeaPersonalData())))
                .contains("Named idea").contains(IdeaPersonalData.ANONYMOUS_IDEA);

        f.host.erasePersonalData(f.ada.id(), new IdeaPersonalData());

        assertThat(f.idea(named).formerEmployee()).isTrue();
        assertThat(f.render(f.get(f.bob, "/i/" + named), f.bob, Locale.ENGLISH)).contains("a former employee")
                .doesNotContain("Ada");
        assertThat(f.idea(anonymous).votes()).isEqualTo(1);
        assertThat(new Authors(f.host.records()).of(anonymous)).isEmpty();
        Map<String, Object> after = f.host.exportPersonalData(f.ada.id(), new IdeaPersonalData());
        assertThat(after.get("data")).isNull();
        assertThat((List<?>) after.get("records")).isEmpty();
    }
}
