package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/** A small directory read by several people at once while it changes: pages wait for each other's builds. */
class BusyDirectoryTest extends SkillsFixture {

    private static final int ROUNDS = 300;

    @Test
    void aPageThatMeetsAnotherPagesBuildWaitsForItInsteadOfSayingTheDirectoryIsBeingPrepared() throws Exception {
        taxonomy();
        declare(ada, "Java", "reference", false, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // erasures of people without skills drop the small index again and again, as a busy company's would
            Future<?> changes = pool.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    Directory.invalidate(host.context(), Set.of());
                }
                return null;
            });
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    List<String> templates = new ArrayList<>();
                    for (int i = 0; i < ROUNDS; i++) {
                        PageResult page = send(Requests.get("/").as(bob).param("q", "java"));
                        templates.add(view(page).template());
                    }
                    return templates;
                }));
            }
            changes.get();
            List<String> shown = new ArrayList<>();
            for (Future<List<String>> reader : readers) {
                shown.addAll(reader.get());
            }
            assertThat(shown).hasSize(3 * ROUNDS).doesNotContain("notice");
            assertThat(((ExpertFinder.Answer) model(send(Requests.get("/").as(bob).param("q", "java")))
                    .get("answer")).experts()).extracting(e -> e.colleague().name()).containsExactly("Ada Lovelace");
        } finally {
            pool.shutdownNow();
        }
    }
}
