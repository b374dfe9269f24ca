package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class WikiTransferTest extends WikiFixture {

    private static Map<String, String> unzip(PageResult result) throws Exception {
        assertThat(result).isInstanceOf(PageResult.Download.class);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(((PageResult.Download) result).content()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private PageResult upload(String name, byte[] content) throws Exception {
        return send(Requests.post("/import").as(ADA).file("file", name, "application/octet-stream", content));
    }

    private void hrTree() throws Exception {
        String hr = create("HR", "People matters");
        post("/new", "title", "Leave", "text", "Ask **early**", "parent", String.valueOf(page(hr).id()));
        post("/new", "title", "Sick leave", "text", "Call", "parent", String.valueOf(page("leave").id()));
        create("Engineering", "Code");
    }

    @Test
    void aWikiExportsAsMarkdownFilesInFoldersFollowingTheHierarchy() throws Exception {
        hrTree();
        PageResult export = get("/export");
        assertThat(((PageResult.Download) export).fileName()).isEqualTo("wiki.zip");
        assertThat(((PageResult.Download) export).contentType()).isEqualTo("application/zip");
        assertThat(unzip(export)).containsOnlyKeys("engineering.md", "hr.md", "hr/leave.md", "hr/leave/sick-leave.md")
                .containsEntry("hr/leave.md", "---\ntitle: Leave\n---\n\nAsk **early**\n");
    }

    @Test
    void aPageExportsWithThePagesBelowIt() throws Exception {
        hrTree();
        PageResult export = get("/page/leave/export");
        assertThat(((PageResult.Download) export).fileName()).isEqualTo("leave.zip");
        assertThat(unzip(export)).containsOnlyKeys("leave.md", "leave/sick-leave.md");
    }

    @Test
    void anExportImportsIntoAnotherWikiWithItsHierarchy() throws Exception {
        hrTree();
        byte[] zip = ((PageResult.Download) get("/export")).content();
        assertThat(send(Requests.post("/import").as(ADA).inSpace(TEAM)
                .file("file", "wiki.zip", "application/zip", zip))).isEqualTo(new PageResult.Redirect("/?space=7"));
        WikiStore team = new WikiStore(host.records(), TEAM.id());
        assertThat(new WikiTree(team.pages()).rows()).extracting(r -> r.depth() + " " + r.page().title() + ": "
                + r.page().markdown())
                .containsExactly("0 Engineering: Code", "0 HR: People matters", "1 Leave: Ask **early**",
                        "2 Sick leave: Call");
        assertThat(host.content().all()).filteredOn(s -> Long.valueOf(7).equals(s.item().spaceId())).hasSize(4);
        assertThat(team.revisions(team.bySlug("hr-2").orElseThrow().id())).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("Imported from wiki.zip"));
    }

    @Test
    void aMarkdownFileImportsAsOnePageTitledFromItsFrontMatterOrName() throws Exception {
        assertThat(upload("travel-policy.md", "Trains first".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new PageResult.Redirect("/"));
        upload("x.md", "---\ntitle: Expenses\n---\n\nKeep receipts".getBytes(StandardCharsets.UTF_8));
        assertThat(page("travel-policy").title()).isEqualTo("travel policy");
        assertThat(page("expenses").markdown()).isEqualTo("Keep receipts");
    }

    @Test
    void unsafeOrOversizedUploadsAreRefusedWithAReasonAndImportNothing() throws Exception {
        assertThat(upload("evil.zip", zip(Map.of("ok.md", "fine", "../../etc/passwd.md", "x"))))
                .isEqualTo(new PageResult.BadRequest("The name ../../etc/passwd.md is not allowed: no absolute paths,"
                        + " .., backslashes or drive letters."));
        assertThat(upload("abs.zip", zip(Map.of("/root.md", "x")))).isInstanceOf(PageResult.BadRequest.class);
        assertThat(upload("win.zip", zip(Map.of("a\\b.md", "x")))).isInstanceOf(PageResult.BadRequest.class);
        assertThat(upload("bin.zip", zip(Map.of("run.sh", "x"))))
                .isEqualTo(new PageResult.BadRequest("run.sh is not a Markdown (.md) file or a ZIP of them."));
        assertThat(upload("big.zip", zip(Map.of("big.md", "x".repeat(WikiArchive.MAX_FILE_BYTES + 1)))))
                .isEqualTo(new PageResult.BadRequest("The file big.md is too big for a page."));
        assertThat(upload("notes.txt", new byte[] {1})).isInstanceOf(PageResult.BadRequest.class);
        assertThat(upload("broken.zip", new byte[] {1, 2, 3})).isInstanceOf(PageResult.BadRequest.class);
        assertThat(upload("long.md", ("x".repeat(WikiPage.MAX_TEXT + 1)).getBytes(StandardCharsets.UTF_8)))
                .asString().contains("A page has at most 50,000 characters.");
        assertThat(host.records().all()).isEmpty();
        assertThat(host.content().all()).isEmpty();
    }

    @Test
    void anImportRefusesTitlesTheWikiAlreadyHas() throws Exception {
        create("Expenses", "x");
        assertThat(upload("pack.zip", zip(Map.of("a.md", "new", "expenses.md", "dup"))))
                .isEqualTo(new PageResult.BadRequest("expenses.md: the wiki already has a page called “expenses”."));
        assertThat(new WikiStore(host.records(), 0).pages()).hasSize(1);
    }

    @Test
    void onlyPeopleWhoMayCreatePagesImport() throws Exception {
        assertThat(send(Requests.post("/import").as(org.agora.plugins.testkit.TestHost.viewer(9, "Guest", "guest"))
                .file("file", "a.md", "text/markdown", new byte[] {65}))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(post("/import")).isInstanceOf(PageResult.BadRequest.class);
    }
}
