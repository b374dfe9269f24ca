package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.agora.it.plugins.FlakyPages;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A plugin that failed five times in a row is suspended, not switched off: it is not called during a cool-down
 * (8 s on the test server), then one call tries it again and, when that goes well, it runs again with no
 * administrator's action. An administrator's disable is never undone by the breaker.
 */
@AgoraTest
// alone: it installs plugins, which then show on every page other classes open, and on the admin pages they read
@Alone
class PluginBreakerIT {

    private static final Duration COOL_DOWN = Duration.ofSeconds(8);

    @Test
    void aSuspendedPluginComesBackByItselfAfterTheCoolDown() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("flaky");
        try {
            plugins.install(id + ".jar", PluginJar.plugin(id, "1.0.0").extension(FlakyPages.class).bytes());
            trip(admin, id);
            assertThat(admin.get("/m/" + id + "/").status()).as("not called while suspended, though it would answer")
                    .isEqualTo(500);
            assertThat(plugins.state(id)).isEqualTo("SUSPENDED");
            assertThat(plugins.row(id)).contains("plugin-disable")
                    .contains("Suspended after 5 failures in a row; the last: the flaky plugin fails on purpose.")
                    .contains("Agora tries it again by itself from");
            assertThat(new PluginAdmin(TestAccounts.admin().acceptLanguage("fr")).row(id))
                    .contains("Suspendu après 5 échecs de suite ; le dernier : the flaky plugin fails on purpose.")
                    .contains("Agora le réessaie de lui-même à partir du");

            Awaitility.await().atMost(COOL_DOWN.multipliedBy(6)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> admin.get("/m/" + id + "/").status() == 200);
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(plugins.row(id)).doesNotContain("plugin-suspension");
            assertThat(admin.get("/m/" + id + "/").body()).contains("answered");
        } finally {
            plugins.remove(id);
        }
    }

    @Test
    void anAdministratorsDisableIsNeverUndoneAndTheirEnableRunsThePluginAtOnce() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("flakyoff");
        try {
            plugins.install(id + ".jar", PluginJar.plugin(id, "1.0.0").extension(FlakyPages.class).bytes());
            trip(admin, id);
            assertThat(plugins.state(id)).isEqualTo("SUSPENDED");
            assertThat(plugins.press(id, "disable", Map.of()).status()).isEqualTo(303);

            // past the cool-down and the first trial's, the plugin stays as the administrator left it
            Awaitility.await().during(COOL_DOWN.multipliedBy(2)).atMost(COOL_DOWN.multipliedBy(4))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> admin.get("/m/" + id + "/").status() == 404
                            && "DISABLED".equals(plugins.state(id)));

            assertThat(plugins.press(id, "enable", Map.of()).status()).isEqualTo(303);
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(plugins.row(id)).doesNotContain("plugin-suspension");
            assertThat(admin.get("/m/" + id + "/").status()).as("no cool-down after an enable").isEqualTo(200);
        } finally {
            plugins.remove(id);
        }
    }

    /** Fails the plugin's page five times in a row, which suspends it. */
    private static void trip(AgoraClient admin, String id) {
        for (int i = 1; i <= 5; i++) {
            assertThat(admin.get("/m/" + id + "/?fail=yes").status()).as("failure " + i).isEqualTo(500);
        }
    }
}
