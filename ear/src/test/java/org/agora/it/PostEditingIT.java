package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Editing a post keeps its history for moderators; authors, moderators and admins delete posts. */
@AgoraTest
class PostEditingIT {

    /** @return the address of the newest post card of the page */
    @Test
    void theAuthorEditsAndTheFormerTextStaysInTheHistory() {
        String id = Agora.unique("e");
        AgoraClient author = TestAccounts.member("Eli Editor", "eli-" + id + "@agora.test");
        AgoraClient colleague = TestAccounts.member("Cole League", "cole-" + id + "@agora.test");
        String before = Agora.unique("before");
        String after = Agora.unique("after");
        String post = "/posts/" + Posts.publish(author, null, "Draft " + before);

        author.get(post + "/edit");
        assertThat(author.post(post + "/edit", Map.of("text", " ")).status()).isEqualTo(400);
        assertThat(author.post(post + "/edit", Map.of("text", "Final " + after)).status()).isEqualTo(303);
        Page shown = author.get(post).titled("Post");
        assertThat(shown.text(Posts.TEXT)).isEqualTo("Final " + after);
        assertThat(shown.text("article.post")).contains("· edited");
        assertThat(shown.body()).doesNotContain(before);
        assertThat(author.get("/search?q=" + after).body()).contains("1 post found");
        assertThat(author.get("/search?q=" + before).body()).contains("Nothing matches");
        assertThat(author.get(post + "/history").body()).contains("Draft " + before).contains("Eli Editor");

        Page asColleague = colleague.get(post).titled("Post");
        assertThat(asColleague.text(Posts.TEXT)).isEqualTo("Final " + after);
        assertThat(asColleague.select(".post-actions a[href=" + post + "/edit], form[action=" + post + "/delete]"))
                .as("no Edit nor Delete for a colleague").isEmpty();
        assertThat(shown.select(".post-actions a[href=" + post + "/edit]")).as("the author's Edit").hasSize(1);
        assertThat(colleague.get(post + "/history").status()).isEqualTo(403);
        assertThat(colleague.get(post + "/edit").status()).isEqualTo(403);
        colleague.get(post);
        assertThat(colleague.post(post + "/edit", Map.of("text", "hijack")).status()).isEqualTo(403);
        assertThat(colleague.post(post + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(TestAccounts.admin().get(post + "/history").body()).contains("Draft " + before);
    }

    @Test
    void moderatorsAndAdminsDeletePostsAndDeletedPostsDisappearFromSearch() {
        String id = Agora.unique("m");
        AgoraClient owner = TestAccounts.member("Mo Derator", "mo-" + id + "@agora.test");
        AgoraClient member = TestAccounts.member("Mem Ber", "mem-" + id + "@agora.test");
        owner.get("/spaces");
        String space = Spaces.create(owner, "Moderated " + id, "PUBLIC");
        member.get(space);
        assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        String word = Agora.unique("offtopic");
        String post = "/posts/" + Posts.publish(member, space, "Spam " + word);
        assertThat(owner.get("/search?q=" + word).body()).contains("1 post found");

        owner.get(post);
        Page comment = owner.post(post + "/comments", Map.of("text", "Please stay on topic"));
        assertThat(comment.status()).isEqualTo(303);
        owner.get(post);
        Page reply = owner.post(post + "/comments", Map.of("text", "Thanks", "parent",
                comment.location().replaceAll(".*#comment-(\\d+)$", "$1")));
        assertThat(reply.status()).isEqualTo(303);
        owner.get(post);
        assertThat(owner.post(post + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        assertThat(owner.post(post + "/bookmark", Map.of("back", "/")).status()).isEqualTo(303);
        owner.get(post);
        assertThat(owner.post(post + "/delete", Map.of()).status()).as("with comments, reactions and bookmarks")
                .isEqualTo(303);
        Page saved = owner.get("/saved").titled("Saved");
        assertThat(saved.select("#" + post.replace("/posts/", "post-"))).isEmpty();
        assertThat(saved.body()).doesNotContain(word);
        assertThat(member.get(post).status()).isEqualTo(404);
        assertThat(member.get("/search?q=" + word).body()).contains("Nothing matches");

        String company = Agora.unique("companywide");
        String companyPost = "/posts/" + Posts.publish(member, null, company);
        AgoraClient admin = TestAccounts.admin();
        admin.get(companyPost);
        assertThat(admin.post(companyPost + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(member.get(companyPost).status()).isEqualTo(404);
    }
}
