package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Agora installs as a web app: a manifest, a service worker at the root, and an offline page. */
@AgoraTest
class InstallableIT {

    @Test
    void pagesNameTheManifestAndTheWorkerAndOfflinePageNeedNoSignIn() {
        AgoraClient member = TestAccounts.member("Ivy Installer", Agora.unique("ivy") + "@agora.test");
        Page feed = member.get("/");
        String manifest = Forms.one(feed, "link[rel=manifest]").attr("href");
        assertThat(Forms.html(feed).select("script[src=/assets/install.js]")).hasSize(1);

        AgoraClient stranger = new AgoraClient();
        Page app = stranger.get(manifest);
        assertThat(app.status()).isEqualTo(200);
        assertThat(app.contentType()).startsWith("application/manifest+json");
        assertThat(app.body()).contains("\"start_url\": \"/\"", "\"display\": \"standalone\"", "/assets/agora.svg");

        Page worker = stranger.get("/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.contentType()).startsWith("text/javascript");
        assertThat(worker.body()).contains("/assets/offline.html");

        Page offline = stranger.get("/assets/offline.html");
        assertThat(offline.status()).isEqualTo(200);
        assertThat(Forms.one(offline, "h1").text()).isEqualTo("You are offline");
    }
}
