package org.agora.ideas;

import static org.agora.ideas.IdeaFixture.error;
import static org.agora.ideas.IdeaFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/** Campaigns: a manager's question until a deadline; then ideas and votes are refused and a summary is posted. */
class CampaignsTest {

    private final IdeaFixture f = new IdeaFixture();

    private long campaign(String question) throws Exception {
        String tomorrow = LocalDate.ofInstant(f.host.clock().instant(), ZoneOffset.UTC).plusDays(1).toString();
        assertThat(status(f.post(f.manager, "/campaigns", "question", question, "deadline", tomorrow)))
                .isEqualTo(303);
        return Campaigns.of(f.host.records(), 0).getFirst().id();
    }

    @Test
    void onlyManagersAskAndAQuestionNeedsAFutureDeadline() throws Exception {
        assertThat(status(f.post(f.ada, "/campaigns", "question", "Why?", "deadline", "2099-01-01"))).isEqualTo(403);
        PageResult past = f.post(f.manager, "/campaigns", "question", "Why?", "deadline", "2000-01-01");
        assertThat(status(past)).isEqualTo(400);
        assertThat(error(past)).isEqualTo("The last day must be today or later.");
        assertThat(status(f.post(f.manager, "/campaigns", "question", "Why?", "deadline", "soon"))).isEqualTo(400);
        assertThat(Campaigns.of(f.host.records(), 0)).isEmpty();
    }

    @Test
    void atTheDeadlineTheCampaignClosesPostsASummaryAndRefusesIdeasAndVotes() throws Exception {
        long campaign = campaign("How could we cut travel costs?");
        PageResult answering = f.post(f.ada, "/", "title", "Trains over planes", "campaign", String.valueOf(campaign));
        long idea = Long.parseLong(((PageResult.Redirect) answering).location().replaceAll("^/i/([0-9]+).*", "$1"));
        f.post(f.bob, "/i/" + idea + "/vote");

        f.host.clock().advance(Duration.ofDays(3));
        f.host.run(new CampaignDeadlines());

        assertThat(Campaigns.get(f.host.records(), campaign).orElseThrow().closed()).isTrue();
        assertThat(f.host.content().all()).anySatisfy(item -> {
            assertThat(item.draft().type()).isEqualTo(IdeaContent.SUMMARY);
            assertThat(item.draft().title()).isEqualTo("Campaign closed: How could we cut travel costs?");
            assertThat(item.draft().markdown()).contains("1 idea.").contains("Trains over planes").contains("1 vote");
        });
        PageResult late = f.post(f.cleo, "/", "title", "Too late", "campaign", String.valueOf(campaign));
        assertThat(status(late)).isEqualTo(409);
        assertThat(error(late)).isEqualTo("This campaign is closed; it takes no more ideas.");
        PageResult vote = f.post(f.cleo, "/i/" + idea + "/vote");
        assertThat(status(vote)).isEqualTo(409);
        assertThat(f.idea(idea).votes()).isEqualTo(1);
    }

    @Test
    void theSummaryIsWrittenInTheLanguageTheManagerAskedIn() throws Exception {
        String tomorrow = LocalDate.ofInstant(f.host.clock().instant(), ZoneOffset.UTC).plusDays(1).toString();
        assertThat(status(f.send(Requests.post("/campaigns").as(f.manager).in(Locale.FRENCH)
                .param("question", "Comment voyager moins ?").param("deadline", tomorrow)))).isEqualTo(303);

        f.host.clock().advance(Duration.ofDays(3));
        f.host.run(new CampaignDeadlines());

        assertThat(f.host.content().all()).anySatisfy(item -> {
            assertThat(item.draft().title()).isEqualTo("Campagne close : Comment voyager moins ?");
            assertThat(item.draft().markdown()).contains("La campagne n’a reçu aucune idée.");
        });
    }
}
