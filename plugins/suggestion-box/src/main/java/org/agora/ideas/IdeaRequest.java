package org.agora.ideas;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * One request to a box: the space whose box it is (null for the company's), which the host checked the viewer may
 * read, the viewer's messages and rights, and the storage. An idea is only found through {@link #idea(long)}, which
 * keeps a box's ideas in their box and asks the host whether the viewer may read the idea's item.
 */
final class IdeaRequest {

    final PageRequest request;
    final PluginContext context;
    final SpaceRef space;
    final Messages messages;
    final IdeaStore ideas;
    final Instant now;

    IdeaRequest(PageRequest request, PluginContext context) {
        this.request = request;
        this.context = context;
        this.space = request.space().orElse(null);
        this.messages = context.messages(request.locale());
        this.ideas = new IdeaStore(context.records());
        this.now = context.clock().instant();
    }

    Viewer viewer() {
        return request.viewer();
    }

    /** @return the box: the space's id, or 0 for the company's */
    long box() {
        return space == null ? 0 : space.id();
    }

    String parameter(String name) {
        return request.parameter(name).orElse("");
    }

    /** @return {@code ?space=ID} inside a space, nothing for the company box */
    String query() {
        return space == null ? "" : "?space=" + space.id();
    }

    /** @return an idea's address below the plugin's prefix */
    String path(long contentId, String action) {
        return "/i/" + contentId + action + query();
    }

    PluginSettings settings() {
        return space == null ? context.settings() : context.settings(space);
    }

    boolean maySubmit() {
        return space == null ? context.permitted(viewer(), IdeaPermissions.SUBMIT)
                : space.member() && context.permitted(viewer(), space, IdeaPermissions.SPACE_SUBMIT);
    }

    boolean mayManage() {
        return space == null ? context.permitted(viewer(), IdeaPermissions.MANAGE)
                : context.permitted(viewer(), space, IdeaPermissions.SPACE_MANAGE);
    }

    /** @return the idea, if it is in this box and the host lets the viewer read its item */
    Optional<Idea> idea(long contentId) {
        return ideas.byContent(contentId).filter(i -> i.box() == box())
                .filter(i -> context.content().find(i.contentId(), viewer()).isPresent());
    }

    String shown(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(request.locale()).withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    /** @return what every template uses */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query());
        model.put("heading", space == null ? messages.get("ideas.title") : messages.get("ideas.spaceTitle",
                space.name()));
        model.put("manager", mayManage());
        model.put("error", "");
        return model;
    }

    PageResult notFound() {
        return PageResult.notFound(messages.get("ideas.error.notFound"));
    }

    PageResult forbidden() {
        return new PageResult.Forbidden(messages.get("ideas.error.forbidden"));
    }
}
