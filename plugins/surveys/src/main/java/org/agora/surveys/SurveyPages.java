package org.agora.surveys;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * The surveys' pages. With {@code ?space=ID} (the space's "Surveys" tab) they are the surveys of that space, which
 * the host lets through only for people who may read it; without it, the company's. Each path leads to
 * {@link BuilderPages} (list, new, builder, publish, close, copy), {@link PollPages} (a quick poll),
 * {@link AnswerPages} (answer, preview) or {@link ResultPages} (results, CSV).
 */
@Extension
public class SurveyPages implements PageHandler {

    private static final Pattern SURVEY = Pattern.compile("/s/([0-9]{1,18})(/[a-z]{1,12})?");

    private final Clock clock;

    /** The surveys as the host runs them, on the system clock. */
    public SurveyPages() {
        this(Clock.systemUTC());
    }

    /** The surveys on another clock, so that tests can let time pass. */
    public SurveyPages(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        SurveyRequest w = new SurveyRequest(request, context, clock.instant());
        boolean post = request.isPost();
        switch (request.path()) {
            case "/":
                return post ? w.notFound() : BuilderPages.home(w);
            case "/new":
                return post ? BuilderPages.create(w) : BuilderPages.newForm(w);
            case "/poll":
                return post ? PollPages.create(w) : PollPages.form(w);
            default:
                break;
        }
        Matcher m = SURVEY.matcher(request.path());
        if (!m.matches()) {
            return w.notFound();
        }
        Optional<Survey> found = w.survey(Long.parseLong(m.group(1)));
        if (found.isEmpty()) {
            return w.notFound();
        }
        Survey survey = found.get();
        String action = m.group(2) == null ? "" : m.group(2).substring(1);
        return post ? onPost(w, survey, action) : onGet(w, survey, action);
    }

    private static PageResult onGet(SurveyRequest w, Survey survey, String action) {
        return switch (action) {
            case "" -> AnswerPages.show(w, survey, false);
            case "preview" -> AnswerPages.show(w, survey, true);
            case "edit" -> BuilderPages.edit(w, survey);
            case "results" -> ResultPages.show(w, survey);
            case "export" -> ResultPages.export(w, survey);
            default -> w.notFound();
        };
    }

    private static PageResult onPost(SurveyRequest w, Survey survey, String action) {
        return switch (action) {
            case "answer" -> AnswerPages.answer(w, survey);
            case "settings" -> BuilderPages.saveSettings(w, survey);
            case "questions" -> BuilderPages.addQuestion(w, survey);
            case "move" -> BuilderPages.moveQuestion(w, survey);
            case "remove" -> BuilderPages.removeQuestion(w, survey);
            case "publish" -> BuilderPages.publish(w, survey);
            case "close" -> BuilderPages.close(w, survey);
            case "remind" -> ResultPages.remind(w, survey);
            case "copy" -> BuilderPages.copy(w, survey);
            case "delete" -> BuilderPages.deleteDraft(w, survey);
            default -> w.notFound();
        };
    }
}
