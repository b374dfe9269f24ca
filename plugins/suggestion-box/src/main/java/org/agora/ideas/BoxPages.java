package org.agora.ideas;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.content.SearchHit;

/** A box's home (its ideas in one of three orders, its campaigns, the form to submit), the review queue and the
 * similar ideas offered while a title is typed. */
final class BoxPages {

    /** The most ideas a list shows. */
    static final int PAGE = 100;

    private BoxPages() {
    }

    /** A line of a list: the idea, its author as the reader may see them, and whether the reader voted for it. */
    public record Row(Idea idea, String author, boolean voted) {
    }

    static PageResult home(IdeaRequest w) {
        return home(w, new Submission.Form("", "", "", false, 0), "", 200);
    }

    private static PageResult home(IdeaRequest w, Submission.Form form, String error, int status) {
        Ranking ranking = Ranking.of(w.parameter("sort"));
        String filter = Status.of(w.parameter("status")).map(Status::key).orElse("");
        Votes votes = new Votes(w.context.records());
        List<Row> rows = ranking.rank(w.ideas, votes, w.box(), filter, w.now, PAGE).stream()
                .map(i -> new Row(i, IdeaView.author(w, i), votes.hasVoted(i.contentId(), w.viewer().id())))
                .toList();
        Map<String, Object> model = w.model();
        model.put("rows", rows);
        model.put("sort", ranking.key());
        model.put("statusFilter", filter);
        model.put("statuses", Status.values());
        model.put("maySubmit", w.maySubmit());
        model.put("categories", IdeaSettings.categories(w.settings()));
        model.put("anonymousAllowed", w.settings().getBoolean(IdeaSettings.ANONYMOUS));
        model.put("form", form);
        model.put("error", error);
        model.put("campaigns", Campaigns.of(w.context.records(), w.box()).stream()
                .filter(c -> c.openAt(w.now)).toList());
        model.put("deadline", (java.util.function.Function<Campaign, String>) c -> w.shown(c.deadline()
                .minusSeconds(1)));
        return new PageResult.View("box", w.messages.get("ideas.title"), model, status);
    }

    static PageResult submit(IdeaRequest w) {
        Submission.Form form = new Submission.Form(w.parameter("title"), w.parameter("description"),
                w.parameter("category"), w.request.parameter("anonymous").map(v -> v.equals("true")
                || v.equals("on")).orElse(false), Campaigns.parse(w.parameter("campaign")));
        if (!w.maySubmit()) {
            return w.forbidden();
        }
        if (form.campaign() < 0) {
            return home(w, form, w.messages.get("ideas.error.campaign.unknown"), 400);
        }
        Submission.Result result = Submission.submit(w, form);
        if (result.idea().isEmpty()) {
            int status = result.key().equals("ideas.error.campaign.closed") ? 409 : 400;
            return home(w, form, w.messages.get(result.key(), result.args()), status);
        }
        return PageResult.redirect(w.path(result.idea().get().contentId(), ""));
    }

    static PageResult review(IdeaRequest w) {
        if (!w.mayManage()) {
            return w.forbidden();
        }
        Map<String, Object> model = w.model();
        model.put("rows", w.ideas.waiting(w.box(), PAGE).stream()
                .filter(i -> w.context.content().find(i.contentId(), w.viewer()).isPresent())
                .map(i -> new Row(i, IdeaView.author(w, i), false)).toList());
        model.put("waitingSince", (java.util.function.Function<Idea, String>) i -> w.shown(i.created()));
        return PageResult.view("review", w.messages.get("ideas.review.title"), model);
    }

    /**
     * Ideas of this box whose title or text matches the title being typed, through Agora's search (so only what the
     * reader may read), for the form to offer before a duplicate is submitted.
     */
    static PageResult similar(IdeaRequest w) {
        String title = w.parameter("title").strip();
        if (title.length() < 3) {
            return new PageResult.Data(List.of());
        }
        String query = title.length() > 200 ? title.substring(0, 200) : title;
        String prefix = "/m/" + w.context.pluginId() + "/i/";
        List<Map<String, Object>> similar = w.context.search(w.viewer(), query.replaceAll("[^\\p{L}\\p{N} ]", " ")
                        .strip(), 20).stream()
                .filter(h -> h.link().startsWith(prefix) && h.title() != null)
                .filter(h -> h.link().endsWith(w.query()) && (w.space != null || !h.link().contains("?")))
                .limit(5).map(BoxPages::hit).toList();
        return new PageResult.Data(similar);
    }

    private static Map<String, Object> hit(SearchHit h) {
        return Map.of("title", h.title(), "link", h.link());
    }
}
