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
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin notifies in a message key of its bundle: the notification list words it in the reader's language when it
 * is shown, and in English once the plugin no longer runs. A plugin's "bad request" page has a translated title.
 */
@AgoraTest
@Alone
class PluginNotificationsIT {

    private static String id;
    private static AgoraClient admin;
    private static PluginAdmin plugins;

    @BeforeAll
    static void install() {
        id = Agora.unique("gaten");
        admin = TestAccounts.admin();
        plugins = new PluginAdmin(admin);
        plugins.install(id + ".jar", GateJar.gate(id));
    }

    @AfterAll
    static void remove() {
        plugins.remove(id);
    }

    @Test
    void aNotificationInAMessageKeyIsShownInTheReadersLanguage() {
        String name = Agora.unique("Nina");
        AgoraClient reader = TestAccounts.member(name, name.toLowerCase() + "@gate.test");
        reader.get("/");
        assertThat(reader.post("/m/" + id + "/notify", Map.of("name", name)).status()).isEqualTo(200);

        String english = "Hello " + name + ", 3 gates opened for you";
        String french = "Bonjour " + name + ", 3 portails se sont ouverts pour vous";
        assertThat(reader.get("/notifications").titled("Notifications").text(".notification-link")).contains(english)
                .doesNotContain(french);
        assertThat(reader.acceptLanguage("fr").get("/notifications").ok().text(".notification-link")).contains(french)
                .doesNotContain(english);
        assertThat(admin.get("/notifications").titled("Notifications").body()).doesNotContain(name);

        assertThat(plugins.press(id, "disable", Map.of()).status()).isEqualTo(303);
        try {
            assertThat(reader.get("/notifications").body()).as("the plugin is off: its English text")
                    .contains(english);
        } finally {
            // the French check below needs the plugin on again
            assertThat(plugins.press(id, "enable", Map.of()).status()).isEqualTo(303);
        }
        assertThat(reader.get("/notifications").body()).contains(french);
        reader.acceptLanguage("en");
    }

    @Test
    void aBadRequestOfAPluginHasATranslatedTitle() {
        Page bad = admin.get("/m/" + id + "/nothing-here");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.title()).isEqualTo("Request not understood · Agora");
        assertThat(bad.text("[role=alert] strong")).isEqualTo("Request not understood");
        assertThat(bad.text("[role=alert]")).contains("The gate knows no such page.");
        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        assertThat(french.get("/m/" + id + "/nothing-here").text("[role=alert] strong"))
                .isEqualTo("Requête incomprise");
    }
}
