package org.agora.calendar;

import java.time.format.DateTimeFormatter;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;

/**
 * The calendar's side of the host's content items: each shared event is an item of type {@code event} in its
 * space (or the company feed), so it is a card, found by search with its space's visibility, and discussed. Its
 * text is when and where, then the description, so the card tells the essentials.
 */
final class EventFeed {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PluginContext context;

    EventFeed(PluginContext context) {
        this.context = context;
    }

    /** @throws org.agora.plugins.api.content.ContentRefusedException if the author may not write there */
    ContentItem publish(Event e, Viewer author) {
        return context.content().publish(draft(e, author));
    }

    ContentItem update(Event e, Viewer editor) {
        return context.content().update(e.contentId(), draft(e, editor));
    }

    void delete(Event e) {
        if (e.contentId() > 0) {
            context.content().delete(e.contentId());
        }
    }

    private static ContentDraft draft(Event e, Viewer author) {
        String when = (e.allDay() ? e.start().toLocalDate().toString() : WHEN.format(e.start())) + " ("
                + e.zone().getId() + ")";
        StringBuilder text = new StringBuilder("**").append(when).append("**");
        if (!e.place().isEmpty()) {
            text.append(" · ").append(e.place().replace("*", "\\*"));
        }
        if (!e.markdown().isBlank()) {
            text.append("\n\n").append(e.markdown());
        }
        Long space = e.calendar() == CalendarKind.SPACE ? e.spaceId() : null;
        String title = e.title().length() > 200 ? e.title().substring(0, 200) : e.title();
        return new ContentDraft(CalendarContent.EVENT, author.id(), space, title, text.toString(),
                Paths.event(e));
    }
}
