package org.agora.ideas;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;

/** A box's campaigns: managers ask them; ideas answer them until their deadline. */
final class Campaigns {

    /** The longest question. */
    static final int MAX_QUESTION = 300;

    private Campaigns() {
    }

    static Optional<Campaign> get(RecordStore records, long id) {
        return records.get(Campaign.CAMPAIGNS, id).map(Campaign::from);
    }

    /** @return a box's campaigns, the nearest deadline first */
    static List<Campaign> of(RecordStore records, long box) {
        return records.find(RecordQuery.in(Campaign.CAMPAIGNS).where("box", String.valueOf(box))
                .orderBy("deadline").limit(100)).stream().map(Campaign::from).toList();
    }

    /** @return campaigns not closed yet, in every box, the nearest deadline first */
    static List<Campaign> stillOpen(RecordStore records, int limit) {
        return records.find(RecordQuery.in(Campaign.CAMPAIGNS).where("closed", "false").orderBy("deadline")
                .limit(limit)).stream().map(Campaign::from).toList();
    }

    /** @return why an idea may not answer that campaign (0: none) now, if it may not */
    static Optional<Submission.Result> refuses(IdeaRequest w, long campaignId) {
        if (campaignId == 0) {
            return Optional.empty();
        }
        Optional<Campaign> campaign = get(w.context.records(), campaignId).filter(c -> c.box() == w.box());
        if (campaign.isEmpty()) {
            return Optional.of(Submission.Result.refused("ideas.error.campaign.unknown"));
        }
        if (!campaign.get().openAt(w.now)) {
            return Optional.of(Submission.Result.refused("ideas.error.campaign.closed"));
        }
        return Optional.empty();
    }

    /** Asks a campaign: a manager's question with a deadline (a date; it closes at the end of that day, UTC). */
    static PageResult create(IdeaRequest w) {
        if (!w.mayManage()) {
            return w.forbidden();
        }
        String question = w.parameter("question").strip();
        String error = "";
        Instant deadline = null;
        try {
            deadline = LocalDate.parse(w.parameter("deadline").strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeException wrong) {
            error = "ideas.error.campaign.deadline";
        }
        if (question.isEmpty()) {
            error = "ideas.error.campaign.question";
        } else if (question.length() > MAX_QUESTION) {
            error = "ideas.error.campaign.long";
        } else if (deadline != null && !deadline.isAfter(w.now)) {
            error = "ideas.error.campaign.past";
        }
        if (!error.isEmpty()) {
            return new PageResult.BadRequest(w.messages.get(error, MAX_QUESTION));
        }
        w.context.records().create(Campaign.CAMPAIGNS, new Campaign(0, 0, w.box(), question, deadline, false,
                w.viewer().id(), w.request.locale()).fields());
        return PageResult.redirect("/" + w.query());
    }

    /** @return the campaign an idea answers, if any */
    static Optional<Campaign> of(IdeaRequest w, Idea idea) {
        return idea.campaign() == 0 ? Optional.empty() : get(w.context.records(), idea.campaign());
    }

    /** @return the campaign id typed in a form, 0 for none, -1 for something that is no number */
    static long parse(String value) {
        String v = value.strip();
        return v.isEmpty() ? 0 : v.matches("[0-9]{1,18}") ? Long.parseLong(v) : -1;
    }
}
