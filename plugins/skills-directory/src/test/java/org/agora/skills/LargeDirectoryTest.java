package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A directory too large to index within a page's time limit is indexed by the background task. */
class LargeDirectoryTest extends SkillsFixture {

    private long java;

    @BeforeEach
    void manyDeclarations() throws Exception {
        taxonomy();
        java = skill("Java");
        List<Map<String, String>> many = new ArrayList<>();
        for (long person = 1000; person < 1000 + Directory.LARGE + 1; person++) {
            many.add(new Declaration(0, 0, person, java, Level.PRACTITIONER, false, false, Set.of(), null).fields());
            if (many.size() == 1000) {
                host.records().createAll(Declaration.COLLECTION, many);
                many.clear();
            }
        }
        host.records().createAll(Declaration.COLLECTION, many);
        new SkillStore(host.records()).advance(); // as another server would after writing them
    }

    private ExpertFinder.Answer search(String words) throws Exception {
        return (ExpertFinder.Answer) model(send(Requests.get("/").as(ada).param("q", words))).get("answer");
    }

    @Test
    void pagesReadTheIndexTheyHaveUntilTheBackgroundTaskHasIndexedTheRest() throws Exception {
        assertThat(search("java").experts()).as("the index from before the bulk write").isEmpty();
        host.run(new IndexRefresh());
        assertThat(search("java").experts()).hasSize(ExpertFinder.LIMIT);
        assertThat(index().holders(java)).hasSize((int) Directory.LARGE + 1);
    }

    @Test
    void beforeTheFirstIndexPagesSayTheDirectoryIsBeingPrepared() throws Exception {
        TestHost fresh = TestHost.forPlugin("skills-directory-restarted").declaring(new SkillsPermissions());
        host.records().all().forEach(r -> fresh.records().create(r.collection(), r.fields()));
        PageResult.View notice = view(fresh.handle(pages, Requests.get("/").as(ada).param("q", "java").build()));
        assertThat(notice.template()).isEqualTo("notice");
        assertThat(notice.status()).isEqualTo(409);
        assertThat(notice.model().get("notice"))
                .isEqualTo("The skills directory is being prepared. Please try again in a minute.");
        fresh.run(new IndexRefresh());
        PageResult.View found = view(fresh.handle(pages, Requests.get("/").as(ada).param("q", "java").build()));
        assertThat(((ExpertFinder.Answer) found.model().get("answer")).experts()).hasSize(ExpertFinder.LIMIT);
    }

    @Test
    void ownChangesShowAtOnceAndOtherServersChangesAfterTheNextBackgroundRun() throws Exception {
        host.run(new IndexRefresh());
        declare(ada, "Java", "reference", false, false);
        assertThat(search("java").experts().get(0).colleague().name()).isEqualTo("Ada Lovelace");
        host.records().create(Declaration.COLLECTION,
                new Declaration(0, 0, 99, java, Level.REFERENCE, false, false, Set.of(7L, 8L), null).fields());
        new SkillStore(host.records()).advance(); // another server's change
        assertThat(search("java").experts().get(0).colleague().person()).as("a page does not rebuild").isEqualTo(ada.id());
        host.run(new IndexRefresh());
        assertThat(search("java").experts().get(0).colleague().person()).isEqualTo(99);
    }

    @Test
    void anErasureShowsAtOnceInALargeIndex() throws Exception {
        host.run(new IndexRefresh());
        declare(ada, "Java", "reference", false, false);
        new SkillsPersonalData().erase(ada.id(), host.context());
        assertThat(search("java").experts()).extracting(e -> e.colleague().person()).doesNotContain(ada.id());
    }
}
