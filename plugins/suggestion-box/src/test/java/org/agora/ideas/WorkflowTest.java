package org.agora.ideas;

import static org.agora.ideas.IdeaFixture.error;
import static org.agora.ideas.IdeaFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginNotification;
import org.junit.jupiter.api.Test;

/** The workflow: who moves an idea, where it may go, the public answer it needs, and who is told. */
class WorkflowTest {

    private final IdeaFixture f = new IdeaFixture();

    @Test
    void anIdeaMovesForwardButNeverBackToNewNorOutOfAFinalStatus() {
        assertThat(Status.NEW.mayMoveTo(Status.REVIEW)).isTrue();
        assertThat(Status.REVIEW.mayMoveTo(Status.PLANNED)).isTrue();
        assertThat(Status.PLANNED.mayMoveTo(Status.DONE)).isTrue();
        assertThat(Status.NEW.mayMoveTo(Status.DECLINED)).isTrue();
        assertThat(Status.REVIEW.mayMoveTo(Status.NEW)).isFalse();
        assertThat(Status.REVIEW.mayMoveTo(Status.REVIEW)).isFalse();
        assertThat(Status.DONE.mayMoveTo(Status.PLANNED)).isFalse();
        assertThat(Status.DECLINED.mayMoveTo(Status.REVIEW)).isFalse();
        assertThat(Status.DUPLICATE.open()).isFalse();
    }

    @Test
    void aManagerAnswersPubliclyAndTheAuthorAndVotersAreToldInTheirLanguage() throws Exception {
        long id = f.submit(f.ada, "Standing desks", false);
        f.post(f.bob, "/i/" + id + "/vote");
        PageResult moved = f.post(f.manager, "/i/" + id + "/status", "status", "planned", "answer",
                "Ordered for March.");
        assertThat(status(moved)).isEqualTo(303);
        Idea idea = f.idea(id);
        assertThat(idea.status()).isEqualTo(Status.PLANNED);
        assertThat(idea.firstAnswer()).isNotNull();
        assertThat(f.host.notifications()).extracting(PluginNotification::recipientId)
                .containsExactlyInAnyOrder(f.ada.id(), f.bob.id());
        assertThat(f.host.notifications()).as("a named idea's news may be mailed").noneMatch(
                PluginNotification::confidential);
        assertThat(f.host.notificationTexts(Locale.FRENCH)).containsExactlyInAnyOrder(
                "Votre idée « Standing desks » est prévue.",
                "Une idée pour laquelle vous avez voté, « Standing desks », est prévue.");
        String page = f.render(f.get(f.ada, "/i/" + id), f.ada, Locale.ENGLISH);
        assertThat(page).contains("Ordered for March.").contains("by Nina Manager").contains("Planned");
    }

    @Test
    void everyChangeNeedsAnAnswerAndOnlyAManagerMakesIt() throws Exception {
        long id = f.submit(f.ada, "Quiet room", false);
        PageResult byMember = f.post(f.bob, "/i/" + id + "/status", "status", "declined", "answer", "No");
        assertThat(status(byMember)).isEqualTo(403);
        assertThat(error(byMember)).isEqualTo("Only the box's managers change an idea's status.");
        PageResult empty = f.post(f.manager, "/i/" + id + "/status", "status", "declined", "answer", "  ");
        assertThat(status(empty)).isEqualTo(400);
        assertThat(error(empty)).isEqualTo("Write a public answer: it is listed on the idea.");
        PageResult unknown = f.post(f.manager, "/i/" + id + "/status", "status", "maybe", "answer", "Hm");
        assertThat(status(unknown)).isEqualTo(400);
        assertThat(f.idea(id).status()).isEqualTo(Status.NEW);
        assertThat(Answer.of(f.host.records(), id)).isEmpty();
        assertThat(f.host.notifications()).isEmpty();

        f.post(f.manager, "/i/" + id + "/status", "status", "declined", "answer", "No room left.");
        PageResult again = f.post(f.manager, "/i/" + id + "/status", "status", "planned", "answer", "After all");
        assertThat(status(again)).isEqualTo(409);
        assertThat(f.idea(id).status()).isEqualTo(Status.DECLINED);
    }

    @Test
    void aDuplicatesVotesMoveToTheOriginalWithoutCountingAnyoneTwice() throws Exception {
        long original = f.submit(f.ada, "Free fruit", false);
        long copy = f.submit(f.bob, "Fruit in the kitchen", false);
        f.post(f.cleo, "/i/" + original + "/vote");
        f.post(f.cleo, "/i/" + copy + "/vote");
        f.post(f.ada, "/i/" + copy + "/vote");
        assertThat(f.idea(original).votes()).isEqualTo(1);
        assertThat(f.idea(copy).votes()).isEqualTo(2);

        PageResult self = f.post(f.manager, "/i/" + copy + "/status", "status", "duplicate", "answer", "Same",
                "duplicateOf", String.valueOf(copy));
        assertThat(status(self)).isEqualTo(400);
        assertThat(error(self)).isEqualTo("An idea cannot duplicate itself.");
        PageResult moved = f.post(f.manager, "/i/" + copy + "/status", "status", "duplicate", "answer",
                "Same as the fruit idea.", "duplicateOf", "#" + original);
        assertThat(status(moved)).isEqualTo(303);
        assertThat(f.idea(original).votes()).isEqualTo(2);
        assertThat(f.idea(copy).votes()).isZero();
        assertThat(f.idea(copy).duplicateOf()).isEqualTo(original);
        assertThat(f.idea(copy).status()).isEqualTo(Status.DUPLICATE);
    }

    @Test
    void anIdeaOfAnotherBoxIsNoOriginal() throws Exception {
        long company = f.submit(f.ada, "Company idea", false);
        PageResult inSpace = f.send(org.agora.plugins.testkit.Requests.post("/").as(f.ada).inSpace(IdeaFixture.TEAM)
                .param("title", "Team idea"));
        long team = Long.parseLong(((PageResult.Redirect) inSpace).location().replaceAll("^/i/([0-9]+).*", "$1"));
        PageResult r = f.post(f.manager, "/i/" + company + "/status", "status", "duplicate", "answer", "Same",
                "duplicateOf", String.valueOf(team));
        assertThat(status(r)).isEqualTo(400);
        assertThat(error(r)).isEqualTo("There is no such idea in this box.");
        assertThat(status(f.get(f.ada, "/i/" + team))).as("a space's idea outside its space").isEqualTo(404);
    }

    @Test
    void theReviewQueueShowsManagersTheIdeasWaitingLongestFirst() throws Exception {
        long first = f.submit(f.ada, "First", false);
        f.host.clock().advance(java.time.Duration.ofHours(1));
        long second = f.submit(f.bob, "Second", false);
        f.host.clock().advance(java.time.Duration.ofHours(1));
        long third = f.submit(f.bob, "Third", false);
        f.post(f.manager, "/i/" + second + "/status", "status", "review", "answer", "Looking");
        PageResult queue = f.get(f.manager, "/review");
        assertThat(((PageResult.View) queue).model().get("rows")).asList()
                .extracting(r -> ((BoxPages.Row) r).idea().contentId()).containsExactly(first, third);
        assertThat(f.render(queue, f.manager, Locale.FRENCH)).contains("Idées à traiter");
        assertThat(status(f.get(f.ada, "/review"))).isEqualTo(403);
    }
}
