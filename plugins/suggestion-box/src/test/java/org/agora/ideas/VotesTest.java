package org.agora.ideas;

import static org.agora.ideas.IdeaFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StoredRecord;
import org.junit.jupiter.api.Test;

/** Votes: one per person and idea, withdrawable, only on open ideas; the three orders of a box. */
class VotesTest {

    private final IdeaFixture f = new IdeaFixture();

    @SuppressWarnings("unchecked")
    private List<Long> order(String sort) throws Exception {
        PageResult home = f.send(org.agora.plugins.testkit.Requests.get("/").as(f.ada).param("sort", sort));
        return ((List<BoxPages.Row>) ((PageResult.View) home).model().get("rows")).stream()
                .map(r -> r.idea().contentId()).toList();
    }

    @Test
    void aPersonVotesOnceAndMayWithdraw() throws Exception {
        long id = f.submit(f.ada, "Bike racks", false);
        assertThat(status(f.post(f.bob, "/i/" + id + "/vote"))).isEqualTo(303);
        assertThat(status(f.post(f.bob, "/i/" + id + "/vote"))).isEqualTo(303);
        assertThat(f.idea(id).votes()).isEqualTo(1);
        assertThat(f.host.records().all().stream().filter(r -> r.collection().equals(Votes.VOTES)).toList()).singleElement()
                .satisfies(v -> assertThat(v.ownerId()).isEqualTo(f.bob.id()));
        f.post(f.cleo, "/i/" + id + "/vote");
        assertThat(f.idea(id).votes()).isEqualTo(2);
        f.post(f.bob, "/i/" + id + "/unvote");
        assertThat(f.idea(id).votes()).isEqualTo(1);
        assertThat(f.host.records().all().stream().filter(r -> r.collection().equals(Votes.VOTES)).toList()).extracting(StoredRecord::ownerId).containsExactly(f.cleo.id());
    }

    @Test
    void aClosedIdeaTakesNoVoteAndADeletedOneIsNotFound() throws Exception {
        long id = f.submit(f.ada, "Bike racks", false);
        f.post(f.manager, "/i/" + id + "/status", "status", "done", "answer", "Installed.");
        PageResult closed = f.post(f.bob, "/i/" + id + "/vote");
        assertThat(status(closed)).isEqualTo(409);
        assertThat(IdeaFixture.error(closed)).isEqualTo("This idea is closed; votes no longer change.");
        assertThat(f.idea(id).votes()).isZero();

        long other = f.submit(f.ada, "Gone soon", false);
        f.host.content().delete(other);
        assertThat(status(f.post(f.bob, "/i/" + other + "/vote"))).isEqualTo(404);
        assertThat(f.host.records().all().stream().filter(r -> r.collection().equals(Idea.IDEAS)).toList()).extracting(r -> r.field("content").orElse(""))
                .containsExactly(String.valueOf(id));
    }

    @Test
    void ideasAreOrderedByVotesNewestOrTrendingThisWeek() throws Exception {
        long old = f.submit(f.ada, "Old favourite", false);
        f.post(f.bob, "/i/" + old + "/vote");
        f.post(f.cleo, "/i/" + old + "/vote");
        f.host.clock().advance(Duration.ofDays(10));
        long fresh = f.submit(f.bob, "Fresh one", false);
        long quiet = f.submit(f.cleo, "Quiet one", false);
        f.post(f.ada, "/i/" + fresh + "/vote");

        assertThat(order("top")).startsWith(old, fresh);
        assertThat(order("new")).containsExactly(quiet, fresh, old);
        assertThat(order("trending")).containsExactly(fresh, quiet, old);
    }
}
