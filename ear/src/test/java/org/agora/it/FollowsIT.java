package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Following colleagues and spaces brings their posts into the home feed, never from spaces one may not read. */
@AgoraTest
class FollowsIT {

    private static String space(AgoraClient client, String name, String kind) {
        client.get("/spaces");
        return Spaces.create(client, name, kind);
    }

    private static void post(AgoraClient client, String space, String text) {
        client.get(space);
        assertThat(client.post(space + "/posts", Map.of("text", text)).status()).isEqualTo(303);
    }

    @Test
    void followedPeopleAndSpacesComeIntoTheHomeFeedOnlyWhereTheReaderMayRead() {
        String id = Agora.unique("f");
        String authorEmail = "ann-" + id + "@agora.test";
        AgoraClient author = TestAccounts.member("Ann Author", authorEmail);
        AgoraClient reader = TestAccounts.member("Rob Reader", "rob-" + id + "@agora.test");
        String open = space(author, "Open " + id, "PUBLIC");
        String closed = space(author, "Closed " + id, "PRIVATE");
        String inOpen = Agora.unique("inopen");
        String inClosed = Agora.unique("inclosed");
        post(author, open, inOpen);
        post(author, closed, inClosed);
        assertThat(reader.get("/").body()).doesNotContain(inOpen).doesNotContain(inClosed);

        Page people = reader.get("/people?q=Ann");
        Matcher profile = Pattern.compile("href=\"(/people/\\d+)\"[^>]*>(?:(?!href=).)*?Ann Author",
                Pattern.DOTALL).matcher(people.body());
        assertThat(profile.find()).isTrue();
        reader.get(profile.group(1));
        assertThat(reader.post(profile.group(1) + "/follow", Map.of("follow", "true")).status()).isEqualTo(303);
        assertThat(reader.get(profile.group(1)).body()).contains("1 follower").contains(">Unfollow<");
        assertThat(reader.get("/").body()).contains(inOpen).doesNotContain(inClosed);
        reader.get(profile.group(1));
        reader.post(profile.group(1) + "/follow", Map.of("follow", "false"));
        assertThat(reader.get("/").body()).doesNotContain(inOpen);

        reader.get(open);
        assertThat(reader.post(open + "/follow", Map.of("follow", "true")).status()).isEqualTo(303);
        assertThat(reader.get("/").body()).contains(inOpen);
        reader.get(closed);
        assertThat(reader.post(closed + "/follow", Map.of("follow", "true")).status()).isEqualTo(403);
        assertThat(reader.get("/").body()).doesNotContain(inClosed);
        assertThat(reader.postRaw(open + "/follow", Map.of("follow", "false")).status()).isEqualTo(403);
    }
}
