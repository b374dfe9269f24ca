package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
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

    /** @return the reader's home feed, checked to be it */
    private static Page home(AgoraClient reader) {
        Page home = reader.get("/").titled("Feed");
        assertThat(home.select("form.composer, .company-posting")).as("the home feed's top").isNotEmpty();
        return home;
    }

    /** @return the texts of the posts of the reader's home feed */
    private static List<String> cards(AgoraClient reader) {
        return home(reader).select(Posts.TEXT).eachText();
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
        assertThat(home(reader).body()).doesNotContain(inOpen).doesNotContain(inClosed);

        // the author's profile, from the picture the header shows her
        String profile = author.get("/").titled("Feed").one(".my-profile img.avatar").attr("src")
                .replaceAll("/avatar.*", "");
        assertThat(profile).matches("/people/\\d+");
        assertThat(reader.get(profile).titled("Ann Author").text("h1")).contains("Ann Author");
        assertThat(reader.post(profile + "/follow", Map.of("follow", "true")).status()).isEqualTo(303);
        Page followed = reader.get(profile).titled("Ann Author");
        assertThat(followed.text("#follow-person .followers")).isEqualTo("1 follower");
        assertThat(followed.text("#follow-person button")).isEqualTo("Unfollow");
        assertThat(cards(reader)).contains(inOpen).doesNotContain(inClosed);
        reader.get(profile);
        assertThat(reader.post(profile + "/follow", Map.of("follow", "false")).status()).isEqualTo(303);
        assertThat(home(reader).body()).doesNotContain(inOpen);

        reader.get(open);
        assertThat(reader.post(open + "/follow", Map.of("follow", "true")).status()).isEqualTo(303);
        assertThat(cards(reader)).contains(inOpen);
        reader.get(closed);
        assertThat(reader.post(closed + "/follow", Map.of("follow", "true")).status()).isEqualTo(403);
        assertThat(home(reader).body()).doesNotContain(inClosed);
        assertThat(reader.postRaw(open + "/follow", Map.of("follow", "false")).status()).isEqualTo(403);
    }
}
