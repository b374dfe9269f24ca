package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WikiUpgradeTest extends WikiFixture {

    @Test
    void pagesOfTheFirstWikiGetAFirstRevisionAKeyAndTheirContentItem() throws Exception {
        host.records().create("pages", Map.of("title", "Old Handbook", "slug", "old-handbook", "markdown", "Hi",
                "author", "Ada Lovelace", "authorId", "1", "space", "0"));
        create("Index", "See [[old handbook]]");
        new WikiUpgrade().upgrade("0.1.0", host.context());
        WikiPage old = page("old-handbook");
        assertThat(old.contentId()).isPositive();
        assertThat(old.revision()).isEqualTo(1);
        assertThat(new WikiStore(host.records(), 0).revisions(old.id())).singleElement()
                .satisfies(r -> assertThat(r.markdown()).isEqualTo("Hi"));
        assertThat((String) model(get("/page/index")).get("html"))
                .contains("href=\"/m/wiki/page/old-handbook\"").doesNotContain("missing");
        assertThat(host.content().all()).hasSize(2);
        new WikiUpgrade().upgrade("0.2.0", host.context());
        assertThat(host.content().all()).as("only once").hasSize(2);
    }
}
