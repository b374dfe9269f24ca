package org.agora.surveys;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PageResult;

/**
 * Quick polls: one single-choice question, published as soon as it is written, answered in one click from the poll's
 * page (the feed card leads there), its results shown to whoever voted.
 */
final class PollPages {

    private PollPages() {
    }

    static PageResult form(SurveyRequest w) {
        if (!w.mayCreate(true)) {
            return w.forbidden();
        }
        return form(w, "", 200);
    }

    private static PageResult form(SurveyRequest w, String error, int status) {
        Map<String, Object> model = w.model();
        model.put("error", error);
        model.put("question", w.parameter("question"));
        model.put("options", w.parameter("options"));
        model.put("anonymous", w.checked("anonymous"));
        model.put("closesField", w.parameter("closesAt"));
        return new PageResult.View("poll", w.messages.get("poll.new"), model, status);
    }

    static PageResult create(SurveyRequest w) {
        if (!w.mayCreate(true)) {
            return w.forbidden();
        }
        Question question;
        try {
            question = Question.of(QuestionType.SINGLE.key(), w.parameter("question"), true, w.parameter("options"));
        } catch (QuestionType.InvalidAnswer invalid) {
            return form(w, w.messages.get(invalid.key), 400);
        }
        if (question.text().length() > BuilderPages.MAX_TITLE) {
            return form(w, w.messages.get("survey.error.title"), 400);
        }
        Instant closes;
        try {
            closes = w.instant("closesAt").orElse(null);
        } catch (DateTimeException notADate) {
            return form(w, w.messages.get("survey.error.date"), 400);
        }
        if (closes != null && !closes.isAfter(w.now)) {
            return form(w, w.messages.get("survey.error.closesInPast"), 400);
        }
        Survey draft = w.store.create(new Survey(0, 0, true, question.text(), "", w.spaceId(), w.viewer().id(),
                w.viewer().name(), Survey.DRAFT, w.checked("anonymous"), false, true, null, closes, 0,
                List.of(question)));
        Optional<String> refused = SurveyFeed.publish(w.context, draft, w.viewer(), w.messages, w.query(), w.store);
        if (refused.isPresent()) {
            w.store.delete(draft.id());
            return form(w, refused.get(), 409);
        }
        return w.redirect(draft, "");
    }
}
