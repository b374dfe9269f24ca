package org.agora.wiki;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * One request to a wiki: the space it is for (null for the company wiki), which the host has checked the viewer
 * may read, the viewer's messages and rights, and the wiki's storage. A space's page is never shown outside its
 * space because every lookup goes through the {@link WikiStore} of the request's space.
 */
final class WikiRequest {

    final PageRequest request;
    final PluginContext context;
    final SpaceRef space;
    final Messages messages;
    final WikiRights rights;
    final WikiStore store;
    final WikiFeed feed;
    final WikiEditor editor;

    WikiRequest(PageRequest request, PluginContext context, Clock clock) {
        this.request = request;
        this.context = context;
        this.space = request.space().orElse(null);
        this.messages = context.messages(request.locale());
        this.rights = WikiRights.of(request.viewer(), space, context);
        this.store = new WikiStore(context.records(), space == null ? 0 : space.id());
        this.feed = new WikiFeed(context, clock);
        this.editor = new WikiEditor(store, feed, context.records(), clock, request.viewer(), messages, this::path);
    }

    Viewer viewer() {
        return request.viewer();
    }

    String parameter(String name) {
        return request.parameter(name).orElse("");
    }

    /** @return {@code ?space=ID} for a space's wiki, nothing for the company wiki */
    String query() {
        return space == null ? "" : "?space=" + space.id();
    }

    /** @return {@code &space=ID} to follow other parameters */
    String and() {
        return space == null ? "" : "&space=" + space.id();
    }

    /** @return a page's address below the plugin's prefix */
    String path(WikiPage page) {
        return "/page/" + page.slug() + query();
    }

    /** @return the plugin's prefix, such as {@code /m/wiki} */
    String base() {
        return "/m/" + context.pluginId();
    }

    /** @return the wiki's name: "Wiki", or "Wiki of Team" */
    String wikiTitle() {
        return space == null ? messages.get("wiki.title") : messages.get("wiki.spaceTitle", space.name());
    }

    /** @return a model with what every wiki template uses */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query());
        model.put("spaceParam", and());
        model.put("rights", rights);
        model.put("wikiTitle", wikiTitle());
        if (space != null) {
            model.put("space", space);
        }
        return model;
    }

    PageResult notFound() {
        return PageResult.notFound(messages.get("wiki.error.noPage"));
    }

    PageResult forbidden() {
        return new PageResult.Forbidden(messages.get("wiki.error.forbidden"));
    }

    /** @return a redirect to a page of this wiki */
    PageResult redirect(WikiPage page) {
        return PageResult.redirect(path(page));
    }

    /** @return a number parameter, or -1 when it is missing or not a number */
    long number(String name) {
        String value = parameter(name).strip();
        return value.matches("[0-9]{1,9}") ? Long.parseLong(value) : -1;
    }
}
