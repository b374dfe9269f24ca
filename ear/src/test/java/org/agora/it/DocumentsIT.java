package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A space's document library: folders, versions, and downloads that check rights every time. */
@AgoraTest
class DocumentsIT {

    private String id;
    private AgoraClient owner;
    private String space;

    @BeforeEach
    void privateSpace() {
        id = Agora.unique("d");
        owner = TestAccounts.member("Dora Docs", "docs-" + id + "@agora.test");
        owner.get("/spaces");
        space = Spaces.create(owner, "Legal " + id, "PRIVATE");
    }

    private Page upload(AgoraClient client, String path, String name, String text) {
        client.get(space + "/documents");
        return client.postFile(path, Map.of("_csrf", client.csrf()), "file", name, "text/plain",
                text.getBytes(StandardCharsets.UTF_8));
    }

    private String documentPath() {
        String link = owner.get(space + "/documents").ok().one("li.document a.fw-semibold").attr("href");
        assertThat(link).matches(space + "/documents/\\d+");
        return link;
    }

    @Test
    void versionsAreKeptAndEachCanBeDownloaded() {
        assertThat(upload(owner, space + "/documents", "contract.txt", "first draft").status()).isEqualTo(303);
        String doc = documentPath();
        assertThat(owner.get(space).body()).as("announced in the space feed").contains("Shared a document")
                .contains("contract.txt");
        owner.acceptLanguage("fr-FR,fr;q=0.9");
        owner.get("/spaces");
        String juridique = Spaces.create(owner, "Juridique " + id, "PRIVATE");
        assertThat(upload(owner, juridique + "/documents", "avenant.txt", "annexe").status()).isEqualTo(303);
        assertThat(Forms.html(owner.get(juridique)).text()).as("in the words of who shared it")
                .contains("A partagé un document : avenant.txt");
        owner.acceptLanguage("en");

        assertThat(upload(owner, doc + "/versions", "contract-v2.txt", "second draft").status()).isEqualTo(303);
        Page details = owner.get(doc).ok();
        assertThat(details.select("table.versions tbody tr").stream().map(row -> row.child(0).text()).toList())
                .as("newest first").containsExactly("v2", "v1");
        assertThat(details.text("table.versions tbody tr:first-child")).contains("contract-v2.txt")
                .contains("Dora Docs");
        Page current = owner.get(doc + "/download");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body()).isEqualTo("second draft");
        Page first = owner.get(doc + "/download?version=1");
        assertThat(first.body()).isEqualTo("first draft");
        assertThat(owner.get(doc + "/download?version=9").status()).isEqualTo(404);
    }

    /** @return the names of the documents the library page lists */
    private List<String> documents(AgoraClient reader, String library) {
        Page page = reader.get(library).titled("Documents · Legal " + id);
        assertThat(page.select("form[action=" + space + "/documents][enctype]")).as("the upload form").hasSize(1);
        return page.select("li.document a.fw-semibold").eachText();
    }

    @Test
    void aCopiedDownloadLinkDoesNotWorkOutsideThePrivateSpace() {
        upload(owner, space + "/documents", "salaries.txt", "confidential numbers");
        String doc = documentPath();
        AgoraClient outsider = TestAccounts.member("Otto Outside", "out-" + id + "@agora.test");
        Page download = outsider.get(doc + "/download");
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.text(".error-page h1")).isEqualTo("Page not found");
        assertThat(download.body()).doesNotContain("confidential numbers");
        assertThat(outsider.get(doc).status()).isEqualTo(404);
        assertThat(outsider.get(space + "/documents").status()).isEqualTo(404);
        Page closed = outsider.get(space).titled("Legal " + id);
        assertThat(closed.select(".private-notice")).hasSize(1);
        assertThat(closed.body()).doesNotContain("salaries.txt");
        outsider.get("/spaces");
        Page intrusion = outsider.postFile(space + "/documents", Map.of("_csrf", outsider.csrf()), "file", "x.txt",
                "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(intrusion.status()).isEqualTo(404);
    }

    @Test
    void foldersRenameMoveAndDelete() {
        owner.get(space + "/documents");
        Page folder = owner.post(space + "/documents/folders", Map.of("name", "Contracts", "parent", ""));
        assertThat(folder.status()).isEqualTo(303);
        String folderId = folder.location().replaceAll(".*folder=", "");
        upload(owner, space + "/documents", "nda.txt", "nda");
        String doc = documentPath();
        owner.get(doc);
        assertThat(owner.post(doc + "/rename", Map.of("name", "NDA signed.txt")).status()).isEqualTo(303);
        assertThat(owner.post(doc + "/move", Map.of("folder", folderId)).status()).isEqualTo(303);
        assertThat(documents(owner, space + "/documents?folder=" + folderId)).containsExactly("NDA signed.txt");
        assertThat(documents(owner, space + "/documents")).doesNotContain("NDA signed.txt");
        Page notEmpty = owner.post(space + "/documents/folders/" + folderId + "/delete", Map.of());
        assertThat(notEmpty.status()).isEqualTo(400);
        assertThat(notEmpty.body()).contains("Empty the folder");
        owner.get(doc);
        assertThat(owner.post(doc + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(owner.get(doc).status()).isEqualTo(404);
        owner.get(space + "/documents");
        assertThat(owner.post(space + "/documents/folders/" + folderId + "/delete", Map.of()).status()).isEqualTo(303);
    }

    @Test
    void badUploadsAreRefusedWithAMessage() {
        Page tooBig = upload(owner, space + "/documents", "big.bin", "x".repeat(1024 * 1024 + 10));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("larger than the limit of 1 MB");
        Page empty = upload(owner, space + "/documents", "empty.txt", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("The file is empty.");
        Page forged = owner.postFile(space + "/documents", Map.of("_csrf", "wrong"), "file", "a.txt", "text/plain",
                "a".getBytes(StandardCharsets.UTF_8));
        assertThat(forged.status()).isEqualTo(403);
        Page badName = owner.post(space + "/documents/folders", Map.of("name", "../etc", "parent", ""));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(documents(owner, space + "/documents")).doesNotContain("big.bin", "empty.txt");
        assertThat(owner.get(space + "/documents").body()).doesNotContain("big.bin").doesNotContain("empty.txt");
    }
}
