package org.agora.surveys;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * One request to the surveys: the space it is for (null for the company's surveys), which the host has checked the
 * viewer may read, the viewer's messages, the time, and the surveys' storage. A survey is only ever found through
 * {@link #survey(long)}, which keeps a space's surveys inside their space and drafts with their author.
 */
final class SurveyRequest {

    final PageRequest request;
    final PluginContext context;
    final SpaceRef space;
    final Messages messages;
    final SurveyStore store;
    final Instant now;
    final ZoneId zone;

    SurveyRequest(PageRequest request, PluginContext context, Instant now) {
        this.request = request;
        this.context = context;
        this.space = request.space().orElse(null);
        this.messages = context.messages(request.locale());
        this.store = new SurveyStore(context.records());
        this.now = now;
        this.zone = zone(context.settings().get(SurveySettings.TIME_ZONE));
    }

    Viewer viewer() {
        return request.viewer();
    }

    long spaceId() {
        return space == null ? 0 : space.id();
    }

    String parameter(String name) {
        return request.parameter(name).orElse("");
    }

    boolean checked(String name) {
        return request.parameter(name).map(v -> v.equals("true") || v.equals("on")).orElse(false);
    }

    /** @return {@code ?space=ID} inside a space, nothing for the company's surveys */
    String query() {
        return space == null ? "" : "?space=" + space.id();
    }

    /** @return {@code &space=ID} to follow other parameters, nothing outside spaces */
    String spaceParamOrEmpty() {
        return space == null ? "" : "&space=" + space.id();
    }

    /** @return a survey's address below the plugin's prefix */
    String path(Survey survey, String action) {
        return "/s/" + survey.id() + action + query();
    }

    /** @return a survey's address below the plugin's prefix, outside a request (notifications) */
    static String pathOf(Survey survey, String action) {
        return "/s/" + survey.id() + action + (survey.spaceId() == 0 ? "" : "?space=" + survey.spaceId());
    }

    /**
     * Finds a survey the viewer may see here: one of this space (or of the company, outside spaces), a draft only for
     * its author, a published one only if the host lets the viewer read its content item.
     */
    Optional<Survey> survey(long id) {
        return store.get(id).filter(s -> s.spaceId() == spaceId()).filter(s -> s.state(now) == Survey.State.DRAFT
                ? s.authorId() == viewer().id()
                : context.content().find(s.contentId(), viewer()).isPresent());
    }

    /** @return true when the viewer may create surveys here */
    boolean mayCreate(boolean poll) {
        if (space != null) {
            return space.member() && context.permitted(viewer(), space, SurveyPermissions.CREATE);
        }
        return context.permitted(viewer(), poll ? SurveyPermissions.COMPANY_POLL : SurveyPermissions.COMPANY_CREATE);
    }

    /** @return true when the viewer is in the survey's audience: everyone for the company, members for a space */
    boolean inAudience() {
        return space == null || space.member();
    }

    /** @return a date and time typed in a form ({@code 2026-12-24T18:00}) in the company's time zone */
    Optional<Instant> instant(String name) throws DateTimeException {
        String text = parameter(name).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
    }

    /** @return an instant as a form's {@code datetime-local} field shows it */
    String field(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /** @return an instant as a reader reads it */
    String shown(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(request.locale()).withZone(zone).format(instant);
    }

    /** @return a model with what every template uses */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query());
        model.put("spaceParam", space == null ? "" : "&space=" + space.id());
        model.put("heading", space == null ? messages.get("survey.title") : messages.get("survey.spaceTitle",
                space.name()));
        if (space != null) {
            model.put("space", space);
        }
        return model;
    }

    /** @return a model about one survey */
    Map<String, Object> model(Survey survey) {
        Map<String, Object> model = model();
        model.put("survey", survey);
        model.put("state", survey.state(now).name().toLowerCase());
        model.put("opens", shown(survey.opensAt()));
        model.put("closes", shown(survey.closesAt()));
        model.put("manager", survey.managedBy(viewer()));
        model.put("descriptionHtml", survey.description().isBlank() ? "" : context.renderMarkdown(survey.description()));
        model.put("surveyPath", "/s/" + survey.id());
        model.put("authorLabel", survey.authorName().isEmpty() ? messages.get("survey.formerEmployee")
                : survey.authorName());
        model.put("minGroup", Results.MIN_GROUP);
        return model;
    }

    PageResult notFound() {
        return PageResult.notFound(messages.get("survey.error.notFound"));
    }

    PageResult forbidden() {
        return new PageResult.Forbidden(messages.get("survey.error.forbidden"));
    }

    PageResult redirect(Survey survey, String action) {
        return PageResult.redirect(path(survey, action));
    }

    /** @return a number parameter, or -1 when it is missing or not a number */
    int number(String name) {
        String value = parameter(name).strip();
        return value.matches("[0-9]{1,4}") ? Integer.parseInt(value) : -1;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneId.of("UTC");
        }
    }

    /** @return the values of a parameter that may repeat */
    List<String> values(String name) {
        return request.parameters().getOrDefault(name, List.of());
    }
}
