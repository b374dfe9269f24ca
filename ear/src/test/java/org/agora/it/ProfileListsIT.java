package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every list of the profile (expertise, interests, links) can be replaced by another, longer, shorter or reordered. */
@AgoraTest
class ProfileListsIT {

    private static AgoraClient member() {
        String word = Agora.unique("lists");
        return TestAccounts.member("Lou " + word, word + "@lists.test");
    }

    /** Sends the profile form as the page shows it, with the typed fields changed. */
    private static Page save(AgoraClient client, Map<String, String> typed) {
        Map<String, String> form = new HashMap<>(Forms.fields(Forms.one(client.get("/profile"), "form.profile-form")));
        form.putAll(typed);
        return client.postRaw("/profile", form);
    }

    private static void saved(AgoraClient client, Map<String, String> typed) {
        Page answer = save(client, typed);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(303);
        Document form = Forms.html(client.get("/profile"));
        typed.forEach((field, value) -> assertThat(form.selectFirst("form.profile-form [name=" + field + "]")
                .attr("value")).as(field).isEqualTo(value));
    }

    @Test
    void expertiseChangesFromOneListToAnother() {
        AgoraClient lou = member();
        for (String expertise : List.of("java", "kotlin", "kotlin, scala, rust", "rust, kotlin", "go", "")) {
            saved(lou, Map.of("expertise", expertise));
        }
    }

    @Test
    void interestsChangeFromOneListToAnother() {
        AgoraClient lou = member();
        for (String interests : List.of("chess", "tennis", "tennis, golf, sailing", "sailing, tennis", "yoga", "")) {
            saved(lou, Map.of("interests", interests));
        }
    }

    @Test
    void linksChangeFromOneListToAnother() {
        AgoraClient lou = member();
        saved(lou, Map.of("link1Label", "Blog", "link1Url", "https://blog.example.com/"));
        saved(lou, Map.of("link1Label", "Site", "link1Url", "https://site.example.com/"));
        saved(lou, Map.of("link1Label", "Git", "link1Url", "https://git.example.com/",
                "link2Label", "Site", "link2Url", "https://site.example.com/",
                "link3Label", "Talks", "link3Url", "https://talks.example.com/"));
        saved(lou, Map.of("link1Label", "Site", "link1Url", "https://site.example.com/",
                "link2Label", "Git", "link2Url", "https://git.example.com/", "link3Label", "", "link3Url", ""));
        saved(lou, Map.of("link1Label", "", "link1Url", "", "link2Label", "", "link2Url", ""));
    }

    @Test
    void everyListChangesInOneSave() {
        AgoraClient lou = member();
        saved(lou, Map.of("expertise", "java, derby", "interests", "chess",
                "link1Label", "Blog", "link1Url", "https://blog.example.com/"));
        saved(lou, Map.of("expertise", "kotlin", "interests", "golf, chess",
                "link1Label", "Site", "link1Url", "https://site.example.com/"));
        assertThat(Forms.html(lou.get("/profile")).select("form.profile-form [name=link2Url]").attr("value")).isEmpty();
    }
}
