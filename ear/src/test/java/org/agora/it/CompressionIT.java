package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Text answers travel compressed, and the home feed with twenty posts stays light. */
@AgoraTest
class CompressionIT {

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pagesStylesAndScriptsAreGzippedForBrowsersThatAcceptIt() throws IOException {
        AgoraClient member = TestAccounts.member("Zip Reader", Agora.unique("zip") + "@agora.test");
        for (String path : new String[] {"/", "/assets/bootstrap/5.3.8/dist/css/bootstrap.min.css",
                "/assets/inplace.js"}) {
            HttpResponse<byte[]> zipped = member.download(path, "Accept-Encoding", "gzip");
            assertThat(zipped.statusCode()).as(path).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String text = gunzip(zipped.body());
            HttpResponse<byte[]> plain = member.download(path);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
            assertThat(text.length()).as(path).isGreaterThan(1000);
        }
    }

    @Test
    void theHomeFeedWithTwentyPostsWeighsUnderThirtyKilobytesOnTheWire() throws IOException {
        AgoraClient writer = TestAccounts.member("Wendy Writer", Agora.unique("wendy") + "@agora.test");
        // in a private space of hers: her feed shows them, and they do not push other classes' posts down theirs
        String space = Spaces.create(writer, "Wendy's notes " + Agora.unique("notes"), "PRIVATE");
        writer.get(space);
        for (int i = 0; i < 20; i++) {
            Page posted = writer.post(space + "/posts", Map.of("text", "Update number " + i + " about **the project**, with "
                    + "a few words more so that each card looks like a real post #weight " + Agora.unique("w")));
            assertThat(posted.status()).isEqualTo(303);
        }
        HttpResponse<byte[]> feed = writer.download("/", "Accept-Encoding", "gzip");
        String html = gunzip(feed.body());
        assertThat(Forms.html(new Page(200, html, null, "text/html")).select("article.post")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(feed.body().length).as("bytes on the wire").isLessThan(30 * 1024);
    }
}
