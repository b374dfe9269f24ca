package org.agora.ideas;

import static org.agora.ideas.IdeaFixture.error;
import static org.agora.ideas.IdeaFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/** Submitting: bad input is refused with the reason, the form keeps what was typed, nothing half-written remains. */
class SubmissionTest {

    private final IdeaFixture f = new IdeaFixture();

    @Test
    void anIdeaIsAContentItemOfItsBoxWithItsCategory() throws Exception {
        long id = f.submit(f.ada, "Standing desks", false);
        assertThat(f.host.content().draft(id)).hasValueSatisfying(d -> {
            assertThat(d.title()).isEqualTo("Standing desks");
            assertThat(d.authorId()).isEqualTo(f.ada.id());
            assertThat(d.spaceId()).isNull();
            assertThat(d.path()).isEqualTo("/i/" + id);
        });
        assertThat(f.idea(id).category()).isEqualTo("Tools");
        String page = f.render(f.get(f.bob, "/i/" + id), f.bob, Locale.ENGLISH);
        assertThat(page).contains("Ada Lovelace").contains("Standing desks").contains("No answer yet.");
    }

    @Test
    void emptyAndOverlongTitlesAreRefusedAndTheFormKeepsTheText() throws Exception {
        PageResult empty = f.post(f.ada, "/", "title", "  ", "description", "My long text");
        assertThat(status(empty)).isEqualTo(400);
        assertThat(error(empty)).isEqualTo("Give your idea a title.");
        assertThat(f.render(empty, f.ada, Locale.ENGLISH)).contains("My long text");
        PageResult longTitle = f.post(f.ada, "/", "title", "x".repeat(10_000));
        assertThat(status(longTitle)).isEqualTo(400);
        assertThat(error(longTitle)).isEqualTo("A title has at most 200 characters.");
        PageResult french = f.send(Requests.post("/").as(f.ada).in(Locale.FRENCH).param("title", ""));
        assertThat(error(french)).isEqualTo("Donnez un titre à votre idée.");
        PageResult category = f.post(f.ada, "/", "title", "Fine", "category", "Nonsense");
        assertThat(status(category)).isEqualTo(400);
        assertThat(f.host.content().all()).isEmpty();
        assertThat(f.host.records().all().stream().filter(r -> r.collection().equals(Idea.IDEAS)).toList()).isEmpty();
    }

    @Test
    void aBoxWithoutAnonymousIdeasRefusesThem() throws Exception {
        f.host.setting(IdeaSettings.ANONYMOUS, "false");
        PageResult r = f.post(f.ada, "/", "title", "Secret", "anonymous", "true");
        assertThat(status(r)).isEqualTo(400);
        assertThat(error(r)).isEqualTo("This box does not accept anonymous ideas.");
        assertThat(f.host.content().all()).isEmpty();
    }

    @Test
    void aReaderOfASpaceSubmitsNothingThere() throws Exception {
        var reader = new org.agora.plugins.api.SpaceRef(7, "team", "Team", false, false);
        assertThat(status(f.send(Requests.post("/").as(f.bob).inSpace(reader).param("title", "x"))))
                .isEqualTo(403);
        assertThat(f.host.content().all()).isEmpty();
    }

    @Test
    void similarIdeasAreFoundThroughTheHostsSearch() throws Exception {
        f.submit(f.ada, "Covered bike parking", false);
        PageResult similar = f.send(Requests.get("/similar").as(f.bob).param("title", "bike"));
        assertThat(((PageResult.Data) similar).data()).asList().singleElement()
                .satisfies(h -> assertThat(h.toString()).contains("Covered bike parking"));
    }

    @Test
    void filesAreAttachedToTheIdeasItemAndAnEmptyOneLeavesNothing() throws Exception {
        PageResult r = f.send(Requests.post("/").as(f.ada).param("title", "Whiteboards")
                .file("files", "wall.png", "image/png", new byte[] {1, 2, 3}));
        long id = Long.parseLong(((PageResult.Redirect) r).location().replaceAll("^/i/([0-9]+).*", "$1"));
        assertThat(f.host.content().files(id)).extracting(f -> f.fileName()).containsExactly("wall.png");
        assertThat(f.render(f.get(f.bob, "/i/" + id), f.bob, Locale.ENGLISH)).contains("wall.png");
    }
}
