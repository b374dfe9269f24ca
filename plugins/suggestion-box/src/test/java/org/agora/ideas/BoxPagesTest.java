package org.agora.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Bundles;
import org.junit.jupiter.api.Test;

/** The pages render with the host's engine in both languages; the dashboard's figures; the bundles agree. */
class BoxPagesTest {

    private final IdeaFixture f = new IdeaFixture();

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        Bundles.assertTranslated("fr");
    }

    @Test
    void theBoxListsItsIdeasWithTheirVotesAndStatus() throws Exception {
        long id = f.submit(f.ada, "Standing desks", false);
        f.post(f.bob, "/i/" + id + "/vote");
        String en = f.render(f.get(f.bob, "/"), f.bob, Locale.ENGLISH);
        assertThat(en).contains("Standing desks").contains("Submit an idea").contains("Most votes");
        String fr = f.render(f.get(f.bob, "/"), f.bob, Locale.FRENCH);
        assertThat(fr).contains("Proposer une idée").contains("Nouvelle").contains("Les plus votées");
    }

    @Test
    void theDashboardCountsStatusesAnswerTimesAndNamedContributorsOnly() throws Exception {
        long a = f.submit(f.ada, "One", false);
        long b = f.submit(f.ada, "Two", false);
        f.submit(f.bob, "Three", true);
        f.host.clock().advance(Duration.ofDays(2));
        f.post(f.manager, "/i/" + a + "/status", "status", "planned", "answer", "Yes");
        f.host.clock().advance(Duration.ofDays(20));
        f.post(f.manager, "/i/" + b + "/status", "status", "declined", "answer", "No");

        PageResult page = f.get(f.manager, "/dashboard");
        Dashboard.Figures figures = (Dashboard.Figures) ((PageResult.View) page).model().get("figures");
        assertThat(figures.byStatus()).containsEntry("new", 1).containsEntry("planned", 1)
                .containsEntry("declined", 1);
        assertThat(figures.medianHours()).isEqualTo((48 + 22 * 24) / 2);
        assertThat(figures.answeredPercent()).isEqualTo(33);
        assertThat(figures.contributors()).containsExactly(java.util.Map.entry("Ada Lovelace", 2));
        String html = f.render(page, f.manager, Locale.FRENCH);
        assertThat(html).contains("/assets/charts/chart.umd.min.js").contains("Idées par statut");
        assertThat(IdeaFixture.status(f.get(f.bob, "/dashboard"))).isEqualTo(403);
    }
}
