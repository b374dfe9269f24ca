package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.plugins.api.PageResult;
import org.junit.jupiter.api.Test;

class WikiHistoryTest extends WikiFixture {

    @Test
    void everySaveIsARevisionWithAuthorTimeAndComment() throws Exception {
        String slug = create("Onboarding", "one");
        clock.pass(java.time.Duration.ofHours(1));
        assertThat(edit(BOB, slug, "Onboarding", "one\ntwo", "added two"))
                .isEqualTo(new PageResult.Redirect("/page/onboarding"));
        List<ReadPages.HistoryRow> rows = list(get("/page/" + slug + "/history"), "revisions");
        assertThat(rows).extracting(r -> r.number() + " " + r.author() + " " + r.at() + " " + r.comment() + " "
                        + r.current())
                .containsExactly("2 Bob Builder 2026-03-02T10:00:00Z added two true",
                        "1 Ada Lovelace 2026-03-02T09:00:00Z  false");
        assertThat(page(slug).revision()).isEqualTo(2);
        assertThat(page(slug).markdown()).isEqualTo("one\ntwo");
    }

    @Test
    void anyTwoRevisionsCompareAsAReadableDiff() throws Exception {
        String slug = create("Onboarding", "alpha\nbeta\ngamma");
        edit(ADA, slug, "Onboarding", "alpha\nBETA\ngamma", "");
        edit(ADA, slug, "Onboarding guide", "alpha\nBETA\ngamma\ndelta", "");
        PageResult.View diff = view(send(org.agora.plugins.testkit.Requests.get("/page/" + slug + "/diff").as(ADA)
                .param("from", "1").param("to", "3")));
        assertThat(WikiFixture.<WikiDiff.Line>list(diff, "lines")).extracting(l -> l.sign() + l.text())
                .containsExactly(" alpha", "−beta", "+BETA", " gamma", "+delta");
        assertThat(diff.model()).containsEntry("titleChanged", true);
        assertThat(WikiFixture.<Revision>list(diff, "restorable")).extracting(Revision::number).containsExactly(1);
        PageResult.View previous = view(get("/page/" + slug + "/diff"));
        assertThat(WikiFixture.<WikiDiff.Line>list(previous, "lines")).extracting(l -> l.sign() + l.text())
                .containsExactly(" alpha", " BETA", " gamma", "+delta");
        assertThat(send(org.agora.plugins.testkit.Requests.get("/page/" + slug + "/diff").as(ADA)
                .param("from", "1").param("to", "9"))).isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void restoringAnOldRevisionMakesItANewRevision() throws Exception {
        String slug = create("Onboarding", "first");
        edit(ADA, slug, "Renamed", "second", "");
        assertThat(post("/page/" + slug + "/restore", "revision", "1"))
                .isEqualTo(new PageResult.Redirect("/page/onboarding"));
        WikiPage page = page(slug);
        assertThat(page.revision()).isEqualTo(3);
        assertThat(page.title()).isEqualTo("Onboarding");
        assertThat(page.markdown()).isEqualTo("first");
        assertThat(new WikiStore(host.records(), 0).revision(page.id(), 3)).get()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("Restored revision 1."));
        assertThat(host.content().draft(page.contentId())).get()
                .satisfies(d -> assertThat(d.markdown()).isEqualTo("first"));
        assertThat(post("/page/" + slug + "/restore", "revision", "77")).isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void aSaveFromAnOlderRevisionIsAConflictThatLosesNothing() throws Exception {
        String slug = create("Onboarding", "base text");
        int opened = page(slug).revision();
        edit(BOB, slug, "Onboarding", "base text\nBob was here", "bob");
        PageResult.View conflict = view(post(ADA, "/page/" + slug + "/edit", "title", "Onboarding",
                "text", "base text\nAda was here", "comment", "ada", "base", String.valueOf(opened)));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.template()).isEqualTo("conflict");
        assertThat(conflict.model()).containsEntry("text", "base text\nAda was here")
                .containsEntry("comment", "ada").containsEntry("baseRevision", 2)
                .containsEntry("theirAuthor", "Bob Builder");
        assertThat(((WikiPage) conflict.model().get("theirs")).markdown()).isEqualTo("base text\nBob was here");
        assertThat(WikiFixture.<WikiDiff.Line>list(conflict, "lines")).extracting(l -> l.sign() + l.text())
                .containsExactly(" base text", "−Bob was here", "+Ada was here");
        assertThat(page(slug).markdown()).as("theirs untouched").isEqualTo("base text\nBob was here");
        assertThat(page(slug).revision()).isEqualTo(2);

        assertThat(post(ADA, "/page/" + slug + "/edit", "title", "Onboarding", "text",
                "base text\nBob was here\nAda was here", "comment", "merged", "base", "2"))
                .as("keeping mine on top of theirs").isEqualTo(new PageResult.Redirect("/page/onboarding"));
        assertThat(page(slug).revision()).isEqualTo(3);
        assertThat(new WikiStore(host.records(), 0).revisions(page(slug).id())).extracting(Revision::comment)
                .containsExactly("merged", "bob", "");
    }

    @Test
    void aSaveThatLosesTheRaceToTheRecordIsAConflictAndLeavesTheWinnersText() throws Exception {
        String slug = create("Onboarding", "base");
        WikiPage read = page(slug);
        edit(BOB, slug, "Onboarding", "bob wins", "");
        WikiRequest ada = new WikiRequest(org.agora.plugins.testkit.Requests.post("/").as(ADA).build(),
                host.context(), clock);
        // read before Bob saved, so its revision matches the base: only the record's version tells
        assertThat(ada.editor.save(read, read.revision(), "Onboarding", "ada loses", ""))
                .isInstanceOfSatisfying(WikiEditor.Conflict.class,
                        c -> assertThat(c.current().markdown()).isEqualTo("bob wins"));
        assertThat(page(slug).markdown()).isEqualTo("bob wins");
        assertThat(host.content().draft(read.contentId())).get()
                .satisfies(d -> assertThat(d.markdown()).isEqualTo("bob wins"));
    }

    @Test
    void theEditFormCarriesTheRevisionItStartedFrom() throws Exception {
        String slug = create("Onboarding", "x");
        edit(ADA, slug, "Onboarding", "y", "");
        assertThat(model(get("/page/" + slug + "/edit"))).containsEntry("baseRevision", 2)
                .containsEntry("text", "y").containsEntry("action", "/page/onboarding/edit");
    }

    @Test
    void diffsMarkAddedAndRemovedLinesWithTheirNumbers() {
        assertThat(WikiDiff.between("a\nb\nc", "a\nc\nd")).extracting(l -> l.css() + l.oldLine() + l.newLine())
                .containsExactly("same11", "removed20", "same32", "added03");
        assertThat(WikiDiff.changed(WikiDiff.between("same", "same"))).isFalse();
    }
}
