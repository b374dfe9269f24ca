package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.agora.it.gate.GateJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * A plugin whose permission declaration or menu entries never answer, asked while the home page's menu is drawn:
 * each page still answers, and after five failures the plugin is suspended, with the reason on the admin page. A
 * template that reads a plugin's hanging model object is cut off like a handler. The plugins hang for ten minutes,
 * longer than the test client waits: a page that answers at all was cut off at the time limit (3 s on the test
 * server), so no test here measures time on a shared machine.
 */
@AgoraTest
// alone: while its plugins hang, every page that draws the menu waits for them, other classes' pages too
@Alone
class PluginHangIT {

    @Test
    void aHangingDeclarationIsCutOffAndThePluginSuspendedAfterFiveFailures() {
        cutOffAndSuspended(Agora.unique("hang"), GateJar::hanging);
    }

    @Test
    void aHangingMenuIsCutOffAndThePluginSuspendedAfterFiveFailures() {
        cutOffAndSuspended(Agora.unique("hangmenu"), GateJar::hangingMenu);
    }

    private static void cutOffAndSuspended(String id, Function<String, byte[]> jar) {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        try {
            plugins.install(id + ".jar", jar.apply(id));
            for (int i = 1; i <= 5; i++) {
                Page home = admin.get("/");
                assertThat(home.status()).as("home page " + i + ", the plugin cut off").isEqualTo(200);
                assertThat(home.select("a[href=\"/m/" + id + "/\"]")).as("the plugin's menu entry").isEmpty();
                assertThat(home.select("nav.agora-nav")).as("Agora's menu").hasSize(1);
                if ("SUSPENDED".equals(plugins.state(id))) {
                    break;
                }
            }
            assertThat(admin.get("/").status()).isEqualTo(200);
            assertThat(plugins.state(id)).isEqualTo("SUSPENDED");
            assertThat(plugins.row(id))
                    .contains("Suspended after 5 failures in a row; the last: did not answer within 3 s.");
        } finally {
            plugins.remove(id);
        }
    }

    @Test
    void aTemplateReadingAHangingModelObjectIsCutOffLikeAHandler() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("hangview");
        try {
            plugins.install(id + ".jar", GateJar.slowView(id));
            Page cut = admin.get("/m/" + id + "/");
            assertThat(cut.status()).isEqualTo(500);
            assertThat(cut.title()).isEqualTo("Module error · Agora");
            assertThat(cut.text("[role=alert]")).contains("could not show this page");
            assertThat(cut.select("nav.agora-nav")).as("inside Agora's page").hasSize(1);
            assertThat(cut.body()).doesNotContain("an answer nobody waits for");
            assertThat(admin.get("/").status()).as("Agora works").isEqualTo(200);
        } finally {
            plugins.remove(id);
        }
    }
}
