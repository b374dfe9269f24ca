package org.agora.surveys;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StoredRecord;

/**
 * A survey's results and their CSV export. The author and administrators see them once it is published; the
 * audience while it is open if the author allows it, else once it closed. The small-group rule of {@link Results}
 * holds for everyone, the export included. The author sees how many of the audience answered and may remind the
 * others ({@link Reminders}).
 */
final class ResultPages {

    private ResultPages() {
    }

    /** Draws the results from the survey's kept tally ({@link Tallies#current}). */
    static Results results(SurveyRequest w, Survey survey) {
        return Results.of(survey, new Tallies(w.context.records()).current(survey));
    }

    static PageResult show(SurveyRequest w, Survey survey) {
        if (!survey.resultsVisibleTo(w.viewer(), w.now)) {
            return new PageResult.Forbidden(w.messages.get(survey.state(w.now) == Survey.State.DRAFT
                    ? "survey.error.notPublished" : "survey.error.resultsLater"));
        }
        Results results = results(w, survey);
        Map<String, Object> model = w.model(survey);
        model.put("results", results);
        model.put("charts", results.questions().stream().map(r -> chart(r, w)).toList());
        model.put("minGroup", Results.MIN_GROUP);
        long audience = new Reminders(w.context).audience(survey);
        model.put("audience", audience);
        model.put("rate", audience == 0 ? 0 : Math.round(100.0 * Math.min(results.responses(), audience) / audience));
        model.put("remindable", survey.managedBy(w.viewer()) && survey.state(w.now) == Survey.State.OPEN);
        return PageResult.view("results", w.messages.get("survey.results.title", survey.title()), model);
    }

    /**
     * @return a question's bars as the page's charts read them ({@code {"labels": [...], "counts": [...]}}), in the
     *         reader's language, or "" for a question without bars
     */
    static String chart(Results.QuestionResult r, SurveyRequest w) {
        if (r.bars().isEmpty()) {
            return "";
        }
        boolean yesNo = r.question().typeKey().equals("yes_no");
        StringBuilder labels = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (Results.Bar b : r.bars()) {
            labels.append(labels.isEmpty() ? "" : ",")
                    .append(Json.quote(yesNo ? w.messages.get("survey.answer." + b.label()) : b.label()));
            counts.append(counts.isEmpty() ? "" : ",").append(b.count());
        }
        return "{\"labels\":[" + labels + "],\"counts\":[" + counts + "]}";
    }

    /** Reminds the audience's people who have not answered, once a day at most; the periodic task sends it. */
    static PageResult remind(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer())) {
            return w.forbidden();
        }
        if (survey.state(w.now) != Survey.State.OPEN) {
            return new PageResult.BadRequest(w.messages.get("survey.error.notOpen"));
        }
        if (new Reminders(w.context).request(survey, w.now).isEmpty()) {
            return new PageResult.View("message", w.messages.get("survey.remind"),
                    Map.of("message", w.messages.get("survey.error.remindedToday")), 409);
        }
        return w.redirect(survey, "/results");
    }

    static PageResult export(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer()) || survey.state(w.now) == Survey.State.DRAFT) {
            return w.forbidden();
        }
        List<StoredRecord> responses = new Ballots(w.context.records(), survey).all();
        if (survey.anonymous() && responses.size() < Results.MIN_GROUP) {
            return new PageResult.Forbidden(w.messages.get("survey.error.smallGroup", Results.MIN_GROUP));
        }
        return new PageResult.Download("survey-" + survey.id() + ".csv", "text/csv; charset=UTF-8",
                CsvExport.of(survey, responses, w.messages));
    }
}
