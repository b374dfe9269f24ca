package org.agora.surveys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StoredRecord;

/**
 * A survey as its audience sees it: the form to answer (or a preview of it for the author), what they answered,
 * and whether their name is kept with their answers.
 */
final class AnswerPages {

    private AnswerPages() {
    }

    /**
     * One question on the form, with what the respondent gave before (after a refusal, or a named response they are
     * changing).
     *
     * @param number   the question's number, from 0
     * @param question the question
     * @param chosen   the values chosen: option indices, a scale value, yes or no, the text
     * @param ranks    for a ranking, the rank given to each option, "" when none
     * @param error    what was wrong with the answer, or ""
     */
    public record Field(int number, Question question, Set<String> chosen, List<String> ranks, String error) {

        /** @return the answer written, for a text question */
        public String text() {
            return chosen.isEmpty() ? "" : chosen.iterator().next();
        }
    }

    static PageResult show(SurveyRequest w, Survey survey, boolean preview) {
        if (preview && !survey.managedBy(w.viewer())) {
            return w.forbidden();
        }
        return page(w, survey, preview, fromStored(w, survey), "", 200);
    }

    static PageResult answer(SurveyRequest w, Survey survey) {
        if (!w.inAudience()) {
            return page(w, survey, false, fromForm(w, survey, -1, ""),
                    w.messages.get("survey.error.notAudience"), 403);
        }
        Responses.Outcome outcome = Responses.submit(w.context.records(), survey, w.viewer(),
                w.request.parameters(), w.now);
        if (outcome instanceof Responses.Refused refused) {
            String message = w.messages.get(refused.key());
            int status = switch (refused.key()) {
                case "survey.error.answered", "survey.error.closed", "survey.error.notOpen" -> 409;
                default -> 400;
            };
            return page(w, survey, false, fromForm(w, survey, refused.question(), message), message, status);
        }
        String done = ((Responses.Stored) outcome).changed() ? "?changed=1" : "?thanks=1";
        return PageResult.redirect("/s/" + survey.id() + done + w.spaceParamOrEmpty());
    }

    private static PageResult page(SurveyRequest w, Survey survey, boolean preview, List<Field> fields, String error,
                                   int status) {
        Map<String, Object> model = w.model(survey);
        Roll roll = new Roll(w.context.records(), survey.id());
        boolean answered = survey.state(w.now) != Survey.State.DRAFT && roll.contains(w.viewer().id());
        boolean open = survey.state(w.now) == Survey.State.OPEN;
        boolean mayChange = answered && survey.editable() && !survey.anonymous();
        model.put("preview", preview);
        model.put("answered", answered);
        model.put("inAudience", w.inAudience());
        model.put("showForm", preview || open && w.inAudience() && (!answered || mayChange));
        model.put("changing", answered && mayChange);
        model.put("fields", fields);
        model.put("error", error);
        model.put("thanks", w.request.parameter("thanks").isPresent());
        model.put("changed", w.request.parameter("changed").isPresent());
        model.put("resultsVisible", survey.resultsVisibleTo(w.viewer(), w.now));
        model.put("editable", survey.questionsEditable(w.now));
        if (survey.poll() && answered && survey.resultsVisibleTo(w.viewer(), w.now)) {
            model.put("results", ResultPages.results(w, survey));
        }
        w.context.content().find(survey.contentId(), w.viewer())
                .ifPresent(item -> model.put("discussion", item.discussionPath()));
        return new PageResult.View("survey", survey.title(), model, status);
    }

    /** The form filled with the viewer's named response, if they may change it; otherwise empty. */
    private static List<Field> fromStored(SurveyRequest w, Survey survey) {
        Optional<StoredRecord> mine = survey.editable() && survey.state(w.now) != Survey.State.DRAFT
                ? new Ballots(w.context.records(), survey).namedResponseOf(w.viewer().id()) : Optional.empty();
        List<String> answers = mine.map(r -> Ballots.answers(r, survey.questions().size()))
                .orElse(survey.questions().stream().map(q -> "").toList());
        List<Field> fields = new ArrayList<>();
        for (int n = 0; n < survey.questions().size(); n++) {
            Question q = survey.question(n);
            String answer = answers.get(n);
            if (q.type() == QuestionType.RANKING) {
                String[] ranks = new String[q.options().size()];
                Arrays.fill(ranks, "");
                if (!answer.isEmpty()) {
                    String[] order = answer.split(",");
                    for (int rank = 0; rank < order.length; rank++) {
                        ranks[Integer.parseInt(order[rank])] = String.valueOf(rank + 1);
                    }
                }
                fields.add(new Field(n, q, Set.of(), List.of(ranks), ""));
            } else {
                Set<String> chosen = answer.isEmpty() ? Set.of() : q.type() == QuestionType.TEXT ? Set.of(answer)
                        : Set.of(answer.split(","));
                fields.add(new Field(n, q, chosen, List.of(), ""));
            }
        }
        return fields;
    }

    /** The form as it was sent, so that a refused response is not lost. */
    private static List<Field> fromForm(SurveyRequest w, Survey survey, int wrong, String error) {
        List<Field> fields = new ArrayList<>();
        for (int n = 0; n < survey.questions().size(); n++) {
            Question q = survey.question(n);
            List<String> values = w.values("q" + n);
            String message = n == wrong ? error : "";
            if (q.type() == QuestionType.RANKING) {
                List<String> ranks = values.size() == q.options().size() ? values
                        : q.options().stream().map(o -> "").toList();
                fields.add(new Field(n, q, Set.of(), ranks, message));
            } else {
                fields.add(new Field(n, q, Set.copyOf(values), List.of(), message));
            }
        }
        return fields;
    }
}
