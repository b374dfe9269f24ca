package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Agora installs as a web app: a manifest with SVG and PNG icons, a service worker at the root, and an offline page. */
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
        JsonObject fields = app.jsonObject();
        assertThat(fields.getString("start_url")).isEqualTo("/");
        assertThat(fields.getString("display")).isEqualTo("standalone");
        assertThat(fields.getJsonArray("icons").getValuesAs(JsonObject.class)).extracting(i -> i.getString("src"))
                .contains("/assets/agora.svg");

        Page worker = stranger.get("/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.contentType()).startsWith("text/javascript");
        assertThat(worker.body()).contains("/assets/offline.html");

        Page offline = stranger.get("/assets/offline.html");
        assertThat(offline.status()).isEqualTo(200);
        assertThat(Forms.one(offline, "h1").text()).isEqualTo("You are offline");
    }

    @Test
    void theManifestsPngIconsAreServedAsPngsOfTheirSizes() throws IOException {
        AgoraClient stranger = new AgoraClient();
        JsonObject manifest = Json.createReader(new StringReader(stranger.get("/assets/manifest.webmanifest").body()))
                .readObject();
        var pngs = manifest.getJsonArray("icons").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals("image/png")).toList();
        assertThat(pngs).extracting(i -> i.getString("sizes")).containsExactlyInAnyOrder("192x192", "512x512");
        for (JsonObject icon : pngs) {
            HttpResponse<byte[]> png = stranger.download(icon.getString("src"));
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.getString("sizes"));
        }
        Page feed = TestAccounts.member("Ira Icon", Agora.unique("ira") + "@agora.test").get("/");
        assertThat(Forms.one(feed, "link[rel=apple-touch-icon]").attr("href")).isEqualTo("/assets/agora-192.png");
    }
}
