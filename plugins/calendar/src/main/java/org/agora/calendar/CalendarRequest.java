package org.agora.calendar;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * One request to the calendar: the space it is for (null outside a space), which the host has checked the viewer
 * may read, the viewer's messages, the zone the viewer reads times in and the calendar's storage.
 */
final class CalendarRequest {

    final PageRequest request;
    final PluginContext context;
    final SpaceRef space;
    final Messages messages;
    final EventStore store;
    final Replies replies;
    final EventFeed feed;
    final Clock clock;
    final ZoneId zone;

    CalendarRequest(PageRequest request, PluginContext context, Clock clock) {
        this.request = request;
        this.context = context;
        this.space = request.space().orElse(null);
        this.messages = context.messages(request.locale());
        this.store = new EventStore(context.records());
        this.replies = new Replies(context, clock);
        this.feed = new EventFeed(context);
        this.clock = clock;
        // days and times as the reader counts them: their own zone, else the company's
        this.zone = context.people().zone(request.viewer().id());
    }

    Viewer viewer() {
        return request.viewer();
    }

    String parameter(String name) {
        return request.parameter(name).orElse("").strip();
    }

    /** @return {@code ?space=ID} in a space's calendar, nothing elsewhere */
    String query() {
        return space == null ? "" : "?space=" + space.id();
    }

    /** @return {@code &space=ID} to follow other parameters */
    String and() {
        return space == null ? "" : "&space=" + space.id();
    }

    /** @return the plugin's prefix, such as {@code /m/calendar} */
    String base() {
        return "/m/" + context.pluginId();
    }

    /** @return a model with what every calendar template uses */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query());
        model.put("spaceParam", and());
        if (space != null) {
            model.put("space", space);
        }
        return model;
    }

    PageResult notFound() {
        return PageResult.notFound(messages.get("calendar.error.noEvent"));
    }

    PageResult forbidden() {
        return new PageResult.Forbidden(messages.get("calendar.error.forbidden"));
    }

    PageResult badRequest(String key, Object... args) {
        return new PageResult.BadRequest(messages.get(key, args));
    }
}
