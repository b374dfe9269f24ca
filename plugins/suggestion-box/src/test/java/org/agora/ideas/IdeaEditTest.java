package org.agora.ideas;

import static org.agora.ideas.IdeaFixture.error;
import static org.agora.ideas.IdeaFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.InMemoryContentItems;
import org.junit.jupiter.api.Test;

/** The author changes an idea's words until a manager answers it; nobody else does, and nothing else changes. */
class IdeaEditTest {

    private final IdeaFixture f = new IdeaFixture();

    private InMemoryContentItems.Stored item(long id) {
        return f.host.content().all().stream().filter(s -> s.item().id() == id).findFirst().orElseThrow();
    }

    @Test
    void theAuthorChangesTheWordsOfTheIdeaAndItsCardKeepingItsVotes() throws Exception {
        long id = f.submit(f.ada, "Standing dseks", false);
        f.post(f.bob, "/i/" + id + "/vote");
        String page = f.render(f.get(f.ada, "/i/" + id), f.ada, Locale.ENGLISH);
        assertThat(page).contains("ideas-edit").contains("Save changes");

        PageResult edited = f.post(f.ada, "/i/" + id + "/edit", "title", " Standing desks ", "description",
                "For *every* floor", "category", "Tools");
        assertThat(status(edited)).isEqualTo(303);
        Idea idea = f.idea(id);
        assertThat(idea.title()).isEqualTo("Standing desks");
        assertThat(idea.text()).isEqualTo("For *every* floor");
        assertThat(idea.votes()).isEqualTo(1);
        assertThat(item(id).draft().title()).isEqualTo("Standing desks");
        assertThat(item(id).draft().markdown()).isEqualTo("For *every* floor");
        assertThat(f.render(f.get(f.bob, "/i/" + id), f.bob, Locale.ENGLISH)).doesNotContain("ideas-edit");
    }

    @Test
    void othersCannotAndBadWordsOrAnAnswerStopIt() throws Exception {
        long id = f.submit(f.ada, "Quiet room", false);
        PageResult byOther = f.post(f.bob, "/i/" + id + "/edit", "title", "Loud room");
        assertThat(status(byOther)).isEqualTo(403);
        assertThat(error(byOther)).isEqualTo("Only the idea's author changes its words.");
        PageResult empty = f.post(f.ada, "/i/" + id + "/edit", "title", "  ", "description", "Typed");
        assertThat(status(empty)).isEqualTo(400);
        assertThat(error(empty)).isEqualTo("Give your idea a title.");
        assertThat(f.render(empty, f.ada, Locale.ENGLISH)).as("what was typed is shown again").contains("Typed");
        PageResult tooLong = f.post(f.ada, "/i/" + id + "/edit", "title", "x".repeat(201));
        assertThat(status(tooLong)).isEqualTo(400);

        f.post(f.manager, "/i/" + id + "/status", "status", "review", "answer", "Looking at it.");
        PageResult late = f.post(f.ada, "/i/" + id + "/edit", "title", "Quiet rooms everywhere");
        assertThat(status(late)).isEqualTo(409);
        assertThat(error(late)).startsWith("A manager has answered this idea");
        assertThat(f.idea(id).title()).isEqualTo("Quiet room");
        assertThat(item(id).draft().title()).isEqualTo("Quiet room");
        assertThat(f.render(f.get(f.ada, "/i/" + id), f.ada, Locale.ENGLISH)).doesNotContain("ideas-edit");
    }

    @Test
    void theAuthorOfAnAnonymousIdeaEditsItAndItStaysAnonymous() throws Exception {
        long id = f.submit(f.ada, "Publish salary bands", true);
        assertThat(status(f.post(f.bob, "/i/" + id + "/edit", "title", "Hidden"))).isEqualTo(403);
        assertThat(status(f.post(f.ada, "/i/" + id + "/edit", "title", "Publish salary bands by level")))
                .isEqualTo(303);
        assertThat(f.idea(id).title()).isEqualTo("Publish salary bands by level");
        assertThat(item(id).item().anonymous()).isTrue();
        assertThat(item(id).draft().authorId()).isEqualTo(InMemoryContentItems.ANONYMOUS_AUTHOR);
        assertThat(f.render(f.get(f.ada, "/i/" + id), f.ada, Locale.ENGLISH)).contains("Anonymous")
                .doesNotContain("Ada Lovelace");
    }
}
