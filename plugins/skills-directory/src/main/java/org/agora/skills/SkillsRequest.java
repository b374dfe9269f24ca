package org.agora.skills;

import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.Viewer;

/** One request to the directory: the viewer, their messages and rights, the index and the services. */
final class SkillsRequest {

    final PageRequest request;
    final PluginContext context;
    final Messages messages;
    private SkillIndex index;

    SkillsRequest(PageRequest request, PluginContext context) {
        this.request = request;
        this.context = context;
        this.messages = context.messages(request.locale());
    }

    Viewer viewer() {
        return request.viewer();
    }

    SkillIndex index() {
        if (index == null) {
            index = Directory.index(context);
        }
        return index;
    }

    String parameter(String name) {
        return request.parameter(name).orElse("");
    }

    boolean checked(String name) {
        String v = parameter(name);
        return "on".equals(v) || "true".equals(v);
    }

    /** @return a number parameter, or -1 when it is missing or not a number */
    long number(String name) {
        String value = parameter(name).strip();
        return value.matches("[0-9]{1,18}") ? Long.parseLong(value) : -1;
    }

    boolean mayCurate() {
        return context.permitted(viewer(), SkillsPermissions.CURATE);
    }

    boolean mayReview() {
        return context.permitted(viewer(), SkillsPermissions.REVIEW);
    }

    /** @return a model with what every template uses */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("levels", Level.values());
        Map<String, String> levelNames = new HashMap<>();
        for (Level level : Level.values()) {
            levelNames.put(level.code(), messages.get(level.label()));
        }
        model.put("levelNames", levelNames);
        model.put("mayCurate", mayCurate());
        model.put("mayReview", mayReview());
        return model;
    }

    /** @return the model with the refusal's message, for showing a form again */
    Map<String, Object> withError(Map<String, Object> model, Refused refused) {
        model.put("error", messages.get(refused.key(), refused.args()));
        return model;
    }

    PageResult view(String template, String titleKey, Map<String, Object> model, int status) {
        return new PageResult.View(template, messages.get(titleKey), model, status);
    }

    PageResult notFound() {
        return PageResult.notFound(messages.get("error.noPage"));
    }

    PageResult forbidden() {
        return new PageResult.Forbidden(messages.get("error.forbidden"));
    }
}
