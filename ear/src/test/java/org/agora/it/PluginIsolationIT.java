package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.agora.it.plugins.FailingStartPlugin;
import org.agora.it.plugins.LoopingPages;
import org.agora.it.plugins.ThrowingPages;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A plugin whose handler throws or never finishes: the reader gets a normal Agora page with an error box, the rest
 * of Agora keeps working, and after five failures in a row the plugin is suspended with the reason, then tried
 * again after a cool-down.
 */
@AgoraTest
@Alone
class PluginIsolationIT {

    @Test
    void aThrowingPluginShowsAnErrorBoxAndIsSuspendedAfterFiveFailuresInARow() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("lcthrows");
        try {
            plugins.install(id + ".jar", PluginJar.plugin(id, "1.0.0").extension(ThrowingPages.class).bytes());
            for (int i = 1; i <= 5; i++) {
                Page failed = admin.get("/m/" + id + "/");
                assertThat(failed.status()).as("failure " + i).isEqualTo(500);
                assertThat(failed.title()).isEqualTo("Module error · Agora");
                assertThat(failed.text("[role=alert]")).contains("could not show this page");
                assertThat(failed.select("nav.agora-nav")).as("inside Agora's page").hasSize(1);
                assertThat(failed.body()).doesNotContain("fails on purpose").doesNotContain("Exception")
                        .doesNotContain("at org.");
                assertThat(admin.get("/").status()).as("Agora works").isEqualTo(200);
            }
            assertThat(plugins.state(id)).isEqualTo("SUSPENDED");
            assertThat(plugins.row(id)).contains(
                    "Suspended after 5 failures in a row; the last: the throwing plugin fails on purpose.");
            Page suspended = admin.get("/m/" + id + "/");
            assertThat(suspended.title()).as("while suspended, an error box as for a failure")
                    .isEqualTo("Module error · Agora");
            assertThat(suspended.text("[role=alert]")).contains("could not show this page");
            assertThat(suspended.select("nav.agora-nav")).hasSize(1);

            // after the cool-down one call tries it again; it fails, so the plugin is suspended again
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                admin.get("/m/" + id + "/");
                return plugins.row(id).contains("Suspended after 6 failures in a row");
            });
            assertThat(plugins.state(id)).isEqualTo("SUSPENDED");
        } finally {
            plugins.remove(id);
        }
    }

    @Test
    void aPluginThatFailsToStartIsListedWithWhyAndAgoraKeepsWorking() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("lcnostart");
        try {
            plugins.install(id + ".jar", PluginJar.sample(id, "1.0.0").pluginClass(FailingStartPlugin.class).bytes());
            assertThat(plugins.state(id)).isEqualTo("FAILED");
            assertThat(plugins.row(id)).contains("the plugin cannot start on purpose");
            assertThat(admin.get("/m/" + id + "/").status()).isEqualTo(404);
            assertThat(admin.get("/").status()).as("Agora works").isEqualTo(200);
        } finally {
            plugins.remove(id);
        }
    }

    @Test
    void aHandlerThatRunsTooLongIsCutOff() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("lcloops");
        try {
            plugins.install(id + ".jar", PluginJar.plugin(id, "1.0.0").extension(LoopingPages.class).bytes());
            Instant start = Instant.now();
            Page cut = admin.get("/m/" + id + "/");
            Duration took = Duration.between(start, Instant.now());
            assertThat(cut.status()).isEqualTo(500);
            assertThat(cut.body()).contains("could not show this page").doesNotContain("Exception");
            assertThat(took).as("cut off after the 3 s of the test server").isBetween(Duration.ofSeconds(3),
                    Duration.ofSeconds(20));
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(admin.get("/").status()).as("Agora works").isEqualTo(200);
        } finally {
            plugins.remove(id);
        }
    }
}
