package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.gate.GateJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Settings a plugin declares per space appear on the space's modules page for its owners and managers; the plugin
 * reads the space's value, else the company-wide value, else the default.
 */
@AgoraTest
@Alone
class PluginSpaceSettingsIT {

    @Test
    void aSpaceChoosesItsOwnValueOverTheCompanysAndTheDefault() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("gates");
        String ownerName = Agora.unique("Sam");
        AgoraClient owner = TestAccounts.member(ownerName, ownerName.toLowerCase() + "@gate.test");
        String joinerName = Agora.unique("Jo");
        AgoraClient joiner = TestAccounts.member(joinerName, joinerName.toLowerCase() + "@gate.test");
        try {
            plugins.install(id + ".jar", GateJar.gate(id));
            String ours = space(owner);
            String other = space(owner);
            String modules = "/spaces/" + ours + "/plugins";
            String read = "/m/" + id + "/settings?space=";

            Element form = owner.get(modules).ok().one("form.space-plugin-settings[data-settings=" + id + "]");
            assertThat(form.text()).contains("Colour of the gate")
                    .as("a company-wide setting is for administrators").doesNotContain("Title of the gate");
            assertThat(form.selectFirst("[name=color]").val()).isEqualTo("blue");
            assertThat(form.select("input[name=size][type=number]")).hasSize(1);
            assertThat(owner.get(read + ours).body()).isEqualTo("{\"color\":\"blue\",\"size\":3,\"title\":\"Gate\"}");

            admin.get("/admin/plugin-settings/" + id);
            assertThat(admin.post("/admin/plugin-settings/" + id,
                    Map.of("color", "red", "size", "4", "title", "Doors")).status()).isEqualTo(303);
            assertThat(owner.get(read + ours).body()).isEqualTo("{\"color\":\"red\",\"size\":4,\"title\":\"Doors\"}");

            owner.get(modules);
            Page wrong = owner.post(modules + "/" + id + "/settings", Map.of("color", "green", "size", "many"));
            assertThat(wrong.status()).isEqualTo(400);
            Element refused = wrong.one("form.space-plugin-settings[data-settings=" + id + "]");
            assertThat(refused.text()).contains("size: a whole number is needed.");
            assertThat(refused.select("[name=size].is-invalid")).hasSize(1);
            assertThat(refused.selectFirst("[name=color]").val()).as("the typing is kept").isEqualTo("green");
            assertThat(owner.get(read + ours).ok().jsonObject().getString("color")).as("nothing stored")
                    .isEqualTo("red");

            owner.get(modules);
            Page saved = owner.post(modules + "/" + id + "/settings", Map.of("color", "green", "size", "7"));
            assertThat(saved.status()).isEqualTo(303);
            Element kept = owner.get(saved.location()).ok()
                    .one("form.space-plugin-settings[data-settings=" + id + "]");
            assertThat(kept.selectFirst("[name=color]").val()).isEqualTo("green");
            assertThat(kept.selectFirst("[name=size]").val()).isEqualTo("7");
            assertThat(owner.get(read + ours).body()).isEqualTo("{\"color\":\"green\",\"size\":7,\"title\":\"Doors\"}");
            assertThat(owner.get(read + other).body()).as("another space keeps the company's")
                    .isEqualTo("{\"color\":\"red\",\"size\":4,\"title\":\"Doors\"}");
            assertThat(owner.get("/m/" + id + "/settings").body()).as("outside spaces")
                    .isEqualTo("{\"color\":\"red\",\"size\":4,\"title\":\"Doors\"}");

            AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
            assertThat(french.get(modules).body()).contains("Couleur du portail").contains("Réglages dans cet espace");

            joiner.get("/spaces/" + ours);
            assertThat(joiner.post("/spaces/" + ours + "/join", Map.of()).status()).isEqualTo(303);
            assertThat(joiner.get(modules).status()).as("owners and managers only").isEqualTo(403);
            joiner.get("/");
            assertThat(joiner.post(modules + "/" + id + "/settings", Map.of("color", "black", "size", "1")).status())
                    .isEqualTo(403);
            assertThat(owner.postRaw(modules + "/" + id + "/settings", Map.of("color", "black", "size", "1"))
                    .status()).as("without the CSRF token").isEqualTo(403);
            assertThat(owner.get(read + ours).ok().jsonObject().getString("color")).isEqualTo("green");
        } finally {
            plugins.remove(id);
        }
    }

    private static String space(AgoraClient owner) {
        return Spaces.slug(Spaces.create(owner, Agora.unique("Gate settings"), "PUBLIC"));
    }
}
