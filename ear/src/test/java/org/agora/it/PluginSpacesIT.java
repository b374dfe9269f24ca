package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Space owners turn plugins on or off in their space; an administrator forcing them on or off wins. */
@AgoraTest
@Alone
class PluginSpacesIT {

    @Test
    void aPluginWorksInASpaceOnlyWhereItsOwnerOrAnAdministratorWantsIt() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = Agora.unique("lcspaces");
        String name = Agora.unique("Owner");
        AgoraClient owner = TestAccounts.member(name, name.toLowerCase() + "@plugins.test");
        String other = Agora.unique("Other");
        AgoraClient outsider = TestAccounts.member(other, other.toLowerCase() + "@plugins.test");
        try {
            plugins.install(id + ".jar", PluginJar.sample(id, "1.0.0").bytes());
            String open = space(owner, "PUBLIC");
            String secret = space(owner, "SECRET");
            String page = "/m/" + id + "/?space=";

            assertThat(owner.get(page + open).status()).as("on by default").isEqualTo(200);
            assertThat(outsider.get(page + open).status()).isEqualTo(200);
            assertThat(outsider.get(page + secret).status()).as("no door into a secret space").isEqualTo(404);
            assertThat(outsider.get("/spaces/" + open + "/plugins").status()).as("only the owner").isEqualTo(403);

            Page settings = owner.get("/spaces/" + open + "/plugins").ok();
            assertThat(settings.one("[data-plugin=" + id + "]").attr("data-active")).isEqualTo("true");
            assertThat(owner.post("/spaces/" + open + "/plugins/" + id, Map.of("enabled", "false")).status())
                    .isEqualTo(303);
            assertThat(owner.get("/spaces/" + open + "/plugins").ok().one("[data-plugin=" + id + "]")
                    .attr("data-active")).isEqualTo("false");
            assertThat(owner.get(page + open).status()).as("off in this space").isEqualTo(404);
            assertThat(owner.get(page + secret).status()).as("still on in the other").isEqualTo(200);
            assertThat(owner.get("/m/" + id + "/").status()).as("outside spaces").isEqualTo(200);

            assertThat(plugins.press(id, "force", Map.of("forcing", "ON")).status()).isEqualTo(303);
            assertThat(owner.get(page + open).status()).as("forced on").isEqualTo(200);
            assertThat(owner.get("/spaces/" + open + "/plugins").body()).contains("plugin-forced");
            assertThat(plugins.press(id, "force", Map.of("forcing", "OFF")).status()).isEqualTo(303);
            assertThat(owner.get(page + secret).status()).as("forced off").isEqualTo(404);
            assertThat(plugins.press(id, "force", Map.of("forcing", "NONE")).status()).isEqualTo(303);
            assertThat(owner.get(page + secret).status()).isEqualTo(200);
            assertThat(owner.get(page + open).status()).as("the owner's choice is back").isEqualTo(404);
            assertThat(plugins.press(id, "force", Map.of("forcing", "SOMETIMES")).status()).isEqualTo(400);
        } finally {
            plugins.remove(id);
        }
    }

    private static String space(AgoraClient owner, String kind) {
        return Spaces.slug(Spaces.create(owner, Agora.unique("Plugins " + kind.toLowerCase()), kind));
    }
}
