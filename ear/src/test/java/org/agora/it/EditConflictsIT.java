package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Two people save the same space, profile or document at once: the first save is kept, the second gets 409 with
 * what the first saved shown next to what they typed, in their language; never a 500, never a silent overwrite.
 */
@AgoraTest
class EditConflictsIT {

    private final String id = Agora.unique("ec");

    /** @return the fields the form would send, read from the page as a browser reads it */
    private static Map<String, String> form(AgoraClient client, String page, String selector) {
        return Forms.fields(Forms.one(client.get(page), selector));
    }

    private static Element conflict(Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(409);
        return Forms.one(page, ".edit-conflict");
    }

    private String publicSpace(AgoraClient owner, String name) {
        return Spaces.create(owner, name, "As created", "PUBLIC");
    }

    @Test
    void theSecondSaveOfASpacesSettingsShowsTheFirstWith409AndKeepsWhatWasTyped() {
        AgoraClient owner = TestAccounts.member("Olga Owner " + id, "olga-" + id + "@agora.test");
        AgoraClient admin = TestAccounts.admin();
        String space = publicSpace(owner, "Harbour " + id);
        String settings = space + "/settings";
        Map<String, String> ownerForm = form(owner, settings, "form.space-settings");
        Map<String, String> adminForm = form(admin, settings, "form.space-settings");
        assertThat(ownerForm.get("version")).isNotBlank().isEqualTo(adminForm.get("version"));

        ownerForm.putAll(Map.of("name", "Harbour by Olga " + id, "description", "Olga's words"));
        assertThat(owner.postRaw(settings, ownerForm).status()).isEqualTo(303);
        adminForm.putAll(Map.of("name", "Harbour by Irene " + id, "description", "Irene's words"));
        Page second = admin.postRaw(settings, adminForm);

        Element shown = conflict(second);
        assertThat(shown.text()).contains("Someone else saved this space's name and description");
        assertThat(shown.selectFirst(".their-name").text()).isEqualTo("Harbour by Olga " + id);
        assertThat(shown.selectFirst(".their-description").text()).isEqualTo("Olga's words");
        Element kept = Forms.one(second, "form.space-settings");
        assertThat(kept.selectFirst("#name").attr("value")).as("what Irene typed").isEqualTo("Harbour by Irene " + id);
        assertThat(kept.selectFirst("#description").wholeText()).isEqualTo("Irene's words");
        assertThat(Forms.one(owner.get(space), ".space-header h1 a").text()).as("the first save stays")
                .isEqualTo("Harbour by Olga " + id);

        Page again = admin.postRaw(settings, Forms.fields(kept));
        assertThat(again.status()).as("saving again after seeing theirs replaces it").isEqualTo(303);
        assertThat(Forms.one(owner.get(space), ".space-header h1 a").text()).isEqualTo("Harbour by Irene " + id);
    }

    @Test
    void theSameSaveSentTwiceIsNotAConflict() {
        AgoraClient owner = TestAccounts.member("Tim Twice " + id, "tim-" + id + "@agora.test");
        String settings = publicSpace(owner, "Twice " + id) + "/settings";
        Map<String, String> typed = form(owner, settings, "form.space-settings");
        typed.put("name", "Twice renamed " + id);
        assertThat(owner.postRaw(settings, typed).status()).isEqualTo(303);
        assertThat(owner.postRaw(settings, typed).status()).as("a double click").isEqualTo(303);
    }

    @Test
    void theSecondTabSavingAProfileSeesTheFirstTabsSaveInFrenchWith409() {
        String email = "paula-" + id + "@agora.test";
        AgoraClient firstTab = TestAccounts.member("Paula Profile " + id, email);
        AgoraClient secondTab = new AgoraClient().acceptLanguage("fr");
        assertThat(secondTab.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
        Map<String, String> first = form(firstTab, "/profile", "form.profile-form");
        Map<String, String> second = form(secondTab, "/profile", "form.profile-form");

        first.putAll(Map.of("location", "Lyon " + id, "expertise", "derby"));
        assertThat(firstTab.postRaw("/profile", first).status()).isEqualTo(303);
        second.putAll(Map.of("location", "Nantes " + id, "expertise", "jakarta"));
        Page late = secondTab.postRaw("/profile", second);

        Element shown = conflict(late);
        assertThat(shown.text()).contains("Votre profil a été enregistré depuis un autre onglet");
        assertThat(shown.selectFirst(".their-location").text()).isEqualTo("Lyon " + id);
        assertThat(shown.selectFirst(".their-expertise").text()).isEqualTo("derby");
        assertThat(Forms.one(late, "#location").attr("value")).isEqualTo("Nantes " + id);
        assertThat(Forms.one(late, "#expertise").attr("value")).isEqualTo("jakarta");
        assertThat(Forms.one(firstTab.get("/profile"), "#location").attr("value")).as("the first save stays")
                .isEqualTo("Lyon " + id);
    }

    @Test
    void renamingADocumentSomeoneJustRenamedShowsTheirNameWith409() {
        Documents docs = new Documents();
        Map<String, String> ownerForm = form(docs.owner, docs.path, "form[action$=/rename]");
        Map<String, String> adminForm = form(docs.admin, docs.path, "form[action$=/rename]");

        ownerForm.put("name", "plan-by-owner.txt");
        assertThat(docs.owner.postRaw(docs.path + "/rename", ownerForm).status()).isEqualTo(303);
        adminForm.put("name", "plan-by-admin.txt");
        Page late = docs.admin.postRaw(docs.path + "/rename", adminForm);

        Element shown = conflict(late);
        assertThat(shown.text()).contains("This document was renamed while you were renaming it");
        assertThat(shown.selectFirst(".their-change").text()).isEqualTo("plan-by-owner.txt");
        assertThat(Forms.one(late, "form[action$=/rename] [name=name]").attr("value")).isEqualTo("plan-by-admin.txt");
        assertThat(Forms.one(docs.owner.get(docs.path), ".document-name").text()).isEqualTo("plan-by-owner.txt");
    }

    @Test
    void uploadingAVersionOnTopOfOneNotSeenShowsTheCurrentVersionWith409() {
        Documents docs = new Documents();
        String ownerVersion = form(docs.owner, docs.path, "form[action$=/versions]").get("version");
        String adminVersion = form(docs.admin, docs.path, "form[action$=/versions]").get("version");

        assertThat(docs.upload(docs.owner, ownerVersion, "plan-v2.txt", "the owner's second draft").status())
                .isEqualTo(303);
        Page late = docs.upload(docs.admin, adminVersion, "plan-admin.txt", "the admin's second draft");

        Element shown = conflict(late);
        assertThat(shown.text()).contains("A new version of this document was uploaded while you were preparing yours");
        assertThat(shown.selectFirst(".their-change").text()).contains("Version 2").contains("plan-v2.txt")
                .contains("Olivia Owner");
        assertThat(docs.owner.get(docs.path + "/download").body()).as("the first upload stays current")
                .isEqualTo("the owner's second draft");
        assertThat(Forms.html(docs.owner.get(docs.path)).select("table.versions tbody tr")).hasSize(2);
    }

    /** A document in a public space, shared by its owner; an administrator who joined may change it too. */
    private final class Documents {

        final AgoraClient owner = TestAccounts.member("Olivia Owner " + id, "olivia-" + id + "@agora.test");
        final AgoraClient admin = TestAccounts.admin();
        final String space = publicSpace(owner, "Plans " + id);
        final String path;

        Documents() {
            admin.get(space);
            assertThat(admin.post(space + "/join", Map.of()).status()).isEqualTo(303);
            assertThat(upload(owner, null, "plan.txt", "first draft").status()).isEqualTo(303);
            path = owner.get(space + "/documents").ok().one("li.document a.fw-semibold").attr("href");
            assertThat(path).matches(space + "/documents/\\d+");
        }

        /** Uploads a new version read at {@code version}, or the document itself when {@code version} is null. */
        Page upload(AgoraClient client, String version, String name, String text) {
            client.get(space + "/documents");
            Map<String, String> fields = version == null ? Map.of("_csrf", client.csrf())
                    : Map.of("_csrf", client.csrf(), "version", version);
            return client.postFile(version == null ? space + "/documents" : path + "/versions", fields, "file", name,
                    "text/plain", text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
