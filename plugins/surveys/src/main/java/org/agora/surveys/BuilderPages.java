package org.agora.surveys;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StaleRecordException;

/**
 * Building a survey: the list of a space's surveys, a new draft, its settings, adding, moving and removing
 * questions, publishing, closing early and making a copy. Questions change only while nobody can have answered
 * (a draft, or a published survey that has not opened yet); after that, the author makes a copy.
 */
final class BuilderPages {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;

    private BuilderPages() {
    }

    static PageResult home(SurveyRequest w) {
        Map<String, Object> model = w.model();
        model.put("open", rows(w, w.store.in(w.spaceId(), Survey.PUBLISHED, 100)));
        model.put("closed", rows(w, w.store.in(w.spaceId(), Survey.CLOSED, 50)));
        model.put("drafts", rows(w, w.store.drafts(w.spaceId(), w.viewer().id())));
        model.put("mayCreate", w.mayCreate(false));
        model.put("mayPoll", w.mayCreate(true));
        return PageResult.view("home", (String) model.get("heading"), model);
    }

    /** A survey in a list, with its state and dates as the reader reads them. */
    public record Row(Survey survey, String state, String closes) {
    }

    private static List<Row> rows(SurveyRequest w, List<Survey> surveys) {
        return surveys.stream().map(s -> new Row(s, s.state(w.now).name().toLowerCase(), w.shown(s.closesAt())))
                .toList();
    }

    static PageResult newForm(SurveyRequest w) {
        if (!w.mayCreate(false)) {
            return w.forbidden();
        }
        return newForm(w, "", 200);
    }

    private static PageResult newForm(SurveyRequest w, String error, int status) {
        Map<String, Object> model = w.model();
        model.put("error", error);
        model.put("title", w.parameter("title"));
        model.put("description", w.parameter("description"));
        return new PageResult.View("new", w.messages.get("survey.new"), model, status);
    }

    static PageResult create(SurveyRequest w) {
        if (!w.mayCreate(false)) {
            return w.forbidden();
        }
        String title = w.parameter("title").strip();
        String description = w.parameter("description").strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            return newForm(w, w.messages.get("survey.error.title"), 400);
        }
        if (description.length() > MAX_DESCRIPTION) {
            return newForm(w, w.messages.get("survey.error.description"), 400);
        }
        Survey draft = w.store.create(new Survey(0, 0, false, title, description, w.spaceId(), w.viewer().id(),
                w.viewer().name(), Survey.DRAFT, false, false, false, null, null, 0, List.of()));
        return w.redirect(draft, "/edit");
    }

    static PageResult edit(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer())) {
            return w.forbidden();
        }
        return editor(w, survey, "", 200);
    }

    /** The builder, showing what was refused when {@code error} is not empty. */
    private static PageResult editor(SurveyRequest w, Survey survey, String error, int status) {
        Map<String, Object> model = w.model(survey);
        model.put("error", error);
        model.put("editable", survey.questionsEditable(w.now));
        model.put("types", Arrays.stream(QuestionType.values()).map(QuestionType::key).toList());
        model.put("opensField", w.field(survey.opensAt()));
        model.put("closesField", w.field(survey.closesAt()));
        model.put("maxQuestions", Survey.MAX_QUESTIONS);
        return new PageResult.View("edit", w.messages.get("survey.edit", survey.title()), model, status);
    }

    static PageResult saveSettings(SurveyRequest w, Survey survey) {
        Optional<PageResult> refused = refuseChange(w, survey);
        if (refused.isPresent()) {
            return refused.get();
        }
        String title = w.parameter("title").strip();
        String description = w.parameter("description").strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            return editor(w, survey, w.messages.get("survey.error.title"), 400);
        }
        if (description.length() > MAX_DESCRIPTION) {
            return editor(w, survey, w.messages.get("survey.error.description"), 400);
        }
        Instant opens;
        Instant closes;
        try {
            opens = w.instant("opensAt").orElse(null);
            closes = w.instant("closesAt").orElse(null);
        } catch (DateTimeException notADate) {
            return editor(w, survey, w.messages.get("survey.error.date"), 400);
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            return editor(w, survey, w.messages.get("survey.error.dates"), 400);
        }
        // anonymity is chosen once, before publishing: people answered on the promise they were shown
        boolean anonymous = survey.status().equals(Survey.DRAFT) ? w.checked("anonymous") : survey.anonymous();
        Survey changed = new Survey(survey.id(), survey.version(), survey.poll(), title, description,
                survey.spaceId(), survey.authorId(), survey.authorName(), survey.status(), anonymous,
                w.checked("editable") && !anonymous, w.checked("live"), opens, closes, survey.contentId(),
                survey.questions());
        return save(w, survey, changed);
    }

    static PageResult addQuestion(SurveyRequest w, Survey survey) {
        Optional<PageResult> refused = refuseChange(w, survey);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (survey.questions().size() >= Survey.MAX_QUESTIONS) {
            return editor(w, survey, w.messages.get("survey.error.tooMany", Survey.MAX_QUESTIONS), 400);
        }
        Question question;
        try {
            question = Question.of(w.parameter("type"), w.parameter("text"), w.checked("required"),
                    w.parameter("options"));
        } catch (QuestionType.InvalidAnswer invalid) {
            return editor(w, survey, w.messages.get(invalid.key), 400);
        }
        List<Question> questions = new ArrayList<>(survey.questions());
        questions.add(question);
        return save(w, survey, survey.withQuestions(questions));
    }

    static PageResult moveQuestion(SurveyRequest w, Survey survey) {
        Optional<PageResult> refused = refuseChange(w, survey);
        if (refused.isPresent()) {
            return refused.get();
        }
        int n = w.number("question");
        int to = "up".equals(w.parameter("direction")) ? n - 1 : n + 1;
        if (n < 0 || n >= survey.questions().size() || to < 0 || to >= survey.questions().size()) {
            return new PageResult.BadRequest(w.messages.get("survey.error.noSuchQuestion"));
        }
        List<Question> questions = new ArrayList<>(survey.questions());
        questions.add(to, questions.remove(n));
        return save(w, survey, survey.withQuestions(questions));
    }

    static PageResult removeQuestion(SurveyRequest w, Survey survey) {
        Optional<PageResult> refused = refuseChange(w, survey);
        if (refused.isPresent()) {
            return refused.get();
        }
        int n = w.number("question");
        if (n < 0 || n >= survey.questions().size()) {
            return new PageResult.BadRequest(w.messages.get("survey.error.noSuchQuestion"));
        }
        List<Question> questions = new ArrayList<>(survey.questions());
        questions.remove(n);
        return save(w, survey, survey.withQuestions(questions));
    }

    /**
     * Publishes a draft: it becomes a content item (a card in the feed) and gets its empty roll. If the item cannot
     * be published or the survey changed meanwhile, nothing of it remains.
     */
    static PageResult publish(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer())) {
            return w.forbidden();
        }
        if (!survey.status().equals(Survey.DRAFT)) {
            return editor(w, survey, w.messages.get("survey.error.published"), 409);
        }
        if (survey.questions().isEmpty()) {
            return editor(w, survey, w.messages.get("survey.error.noQuestion"), 400);
        }
        if (survey.closesAt() != null && !survey.closesAt().isAfter(w.now)) {
            return editor(w, survey, w.messages.get("survey.error.closesInPast"), 400);
        }
        Optional<String> refused = SurveyFeed.publish(w.context, survey, w.viewer(), w.messages, w.query(),
                w.store);
        return refused.isPresent() ? editor(w, survey, refused.get(), 409) : w.redirect(survey, "");
    }

    static PageResult close(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer())) {
            return w.forbidden();
        }
        if (survey.state(w.now) == Survey.State.DRAFT || survey.status().equals(Survey.CLOSED)) {
            return new PageResult.BadRequest(w.messages.get("survey.error.notOpen"));
        }
        try {
            w.store.save(survey.withStatus(Survey.CLOSED));
            new Tallies(w.context.records()).requestFinalRecount(survey);
        } catch (StaleRecordException changed) {
            return new PageResult.View("message", w.messages.get("survey.error.stale"),
                    Map.of("message", w.messages.get("survey.error.stale")), 409);
        }
        return w.redirect(survey, "/results");
    }

    /** Deletes a draft; a published survey is deleted with its card, through Agora's own page of the card. */
    static PageResult deleteDraft(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer())) {
            return w.forbidden();
        }
        if (!survey.status().equals(Survey.DRAFT)) {
            return editor(w, survey, w.messages.get("survey.error.published"), 409);
        }
        w.store.delete(survey.id());
        return PageResult.redirect("/" + w.query());
    }

    /** Makes a new draft with the survey's questions and settings, for the viewer, in the same place. */
    static PageResult copy(SurveyRequest w, Survey survey) {
        if (!w.mayCreate(false)) {
            return w.forbidden();
        }
        String title = w.messages.get("survey.copyOf", survey.title());
        Survey copy = w.store.create(new Survey(0, 0, false, title.length() > MAX_TITLE
                ? title.substring(0, MAX_TITLE) : title, survey.description(), survey.spaceId(), w.viewer().id(),
                w.viewer().name(), Survey.DRAFT, survey.anonymous(), survey.editable(), survey.live(), null, null, 0,
                survey.questions()));
        return w.redirect(copy, "/edit");
    }

    private static Optional<PageResult> refuseChange(SurveyRequest w, Survey survey) {
        if (!survey.managedBy(w.viewer())) {
            return Optional.of(w.forbidden());
        }
        if (!survey.questionsEditable(w.now)) {
            return Optional.of(editor(w, survey, w.messages.get("survey.error.locked"), 409));
        }
        return Optional.empty();
    }

    /** Saves a change; a published survey's card in the feed follows its title, description and questions. */
    private static PageResult save(SurveyRequest w, Survey survey, Survey changed) {
        Survey saved;
        try {
            saved = w.store.save(changed);
        } catch (StaleRecordException someoneElse) {
            return editor(w, survey, w.messages.get("survey.error.stale"), 409);
        }
        if (saved.contentId() != 0) {
            SurveyFeed.update(w.context, saved, w.viewer(), w.messages, w.query());
        }
        return w.redirect(survey, "/edit");
    }
}
