package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class WikiLinksTest extends WikiFixture {

    private String html(String slug) throws Exception {
        return (String) model(get("/page/" + slug)).get("html");
    }

    @Test
    void linksToExistingPagesLeadToThemAndMissingOnesToTheFormThatCreatesThem() throws Exception {
        create("Holidays", "Book early");
        String slug = create("Onboarding", "Read [[Holidays]], then [[holidays|the rules]] and [[Travel Policy]].");
        assertThat(html(slug))
                .contains("<a class=\"wiki-link\" href=\"/m/wiki/page/holidays\">Holidays</a>")
                .contains("<a class=\"wiki-link\" href=\"/m/wiki/page/holidays\">the rules</a>")
                .contains("<a class=\"wiki-link missing\" href=\"/m/wiki/new?title=Travel+Policy\">Travel Policy</a>");
        PageResult created = post("/new", "title", "Travel Policy", "text", "Trains");
        assertThat(created).isEqualTo(new PageResult.Redirect("/page/travel-policy"));
        assertThat(html(slug)).contains("<a class=\"wiki-link\" href=\"/m/wiki/page/travel-policy\">Travel Policy</a>")
                .doesNotContain("missing");
    }

    @Test
    void inASpaceLinksStayInTheSpace() throws Exception {
        send(Requests.post("/new").as(ADA).inSpace(TEAM).param("title", "Rota").param("text", "[[Rota]] [[Plan]]"));
        String html = (String) model(send(Requests.get("/page/rota").as(ADA).inSpace(TEAM))).get("html");
        assertThat(html).contains("href=\"/m/wiki/page/rota?space=7\"")
                .contains("href=\"/m/wiki/new?title=Plan&amp;space=7\"");
    }

    @Test
    void labelsAndTitlesCannotInjectMarkup() throws Exception {
        String slug = create("Safe", "[[<img src=x onerror=alert(1)>|<b>bold</b>]] [[\"quoted\"]]");
        assertThat(html(slug)).doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;b&gt;bold&lt;/b&gt;</a>").contains("&quot;quoted&quot;</a>");
    }

    @Test
    void renamingAPageKeepsLinksWorkingAndItsBacklinks() throws Exception {
        String target = create("Holidays", "Book early");
        String source = create("Onboarding", "See [[Holidays]].");
        assertThat(WikiFixture.<WikiPage>list(get("/page/" + target), "backlinks")).extracting(WikiPage::title)
                .containsExactly("Onboarding");
        edit(ADA, target, "Time off", "Book early", "renamed");
        assertThat(html(source)).contains("<a class=\"wiki-link\" href=\"/m/wiki/page/holidays\">Holidays</a>");
        assertThat(WikiFixture.<WikiPage>list(get("/page/" + target), "backlinks")).extracting(WikiPage::title)
                .containsExactly("Onboarding");
        String newer = create("Benefits", "And [[Time off]].");
        assertThat(WikiFixture.<WikiPage>list(get("/page/" + target), "backlinks")).extracting(WikiPage::title)
                .containsExactly("Benefits", "Onboarding");
        assertThat(newer).isEqualTo("benefits");
    }

    @Test
    void backlinksFollowEditsAndComeFromStoredLinkRecords() throws Exception {
        String target = create("Holidays", "x");
        String source = create("Onboarding", "See [[Holidays]].");
        assertThat(host.records().all()).filteredOn(r -> r.collection().equals("links"))
                .singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("to", "holidays")
                        .containsEntry("from", String.valueOf(page(source).id())));
        edit(ADA, source, "Onboarding", "No link any more.", "");
        assertThat(WikiFixture.<WikiPage>list(get("/page/" + target), "backlinks")).isEmpty();
    }

    @Test
    void theHostIndexesLinksAsTheirLabels() throws Exception {
        create("Onboarding", "See [[Holidays|the holiday rules]] and [[Travel]].");
        assertThat(host.content().all()).singleElement()
                .satisfies(s -> assertThat(s.draft().markdown()).isEqualTo("See the holiday rules and Travel."));
    }

    @Test
    void linkSyntaxIsFoundOncePerTarget() {
        assertThat(WikiLinks.in("[[A]] [[A|again]] [[ B  c ]] [[]] [[x\ny]]"))
                .extracting(WikiLinks.Link::key).containsExactly("a", "a", "b-c");
    }
}
