package org.agora.surveys;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.content.ContentCard;
import org.agora.plugins.api.content.ContentCardContributor;
import org.agora.plugins.api.content.ContentCardRequest;
import org.pf4j.Extension;

/**
 * A quick poll's feed card: its options, answered in one click without leaving the feed, then its results when the
 * poll shows them; a survey's card keeps its title and summary. The rules are the poll page's: the card is drawn
 * from the same request as the page would be, and the click goes to the page's answer.
 */
@Extension
public class PollCard implements ContentCardContributor {

    private final Clock clock;

    /** The cards as the host draws them, on the system clock. */
    public PollCard() {
        this(Clock.systemUTC());
    }

    /** The cards on another clock, so that tests can let time pass. */
    public PollCard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<ContentCard> card(ContentCardRequest request, PluginContext context) {
        if (!request.type().equals(SurveyContent.POLL)) {
            return Optional.empty();
        }
        Optional<Survey> stored = new SurveyStore(context.records()).byContent(request.itemId());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        PageRequest page = new PageRequest("GET", "/s/" + stored.get().id(), Map.of(), request.viewer(),
                request.spaceRef(), null, List.of(), request.locale());
        SurveyRequest w = new SurveyRequest(page, context, clock.instant());
        return w.survey(stored.get().id()).filter(Survey::poll).map(poll -> {
            Map<String, Object> model = w.model(poll);
            boolean answered = new Roll(context.records(), poll.id()).contains(w.viewer().id());
            boolean open = poll.state(w.now) == Survey.State.OPEN;
            model.put("question", poll.question(0));
            model.put("answered", answered);
            model.put("inAudience", w.inAudience());
            model.put("showForm", open && w.inAudience() && !answered);
            model.put("results", answered && poll.resultsVisibleTo(w.viewer(), w.now)
                    ? ResultPages.results(w, poll) : null);
            return new ContentCard("poll-card", model);
        });
    }
}
