package org.agora.calendar;

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
 * The calendar's pages. With {@code ?space=ID} (the space's "Calendar" tab) they are the space's calendar, which
 * the host lets through only for people who may read it; without it, everything the reader may see: the company's
 * events, those of the spaces they may read and their own. Each path leads to one of the handlers:
 * {@link ViewPages} (month, week, agenda, an event), {@link EventPages} (add, edit, delete, change or cancel one
 * occurrence), {@link AttendPages} (answers, invitations, reminders) and {@link SyncPages} (iCalendar files and
 * subscriptions).
 */
@Extension
public class CalendarPages implements PageHandler {

    private static final Pattern EVENT = Pattern.compile("/event/([a-z0-9]{8,40})(/[a-z]{1,12})?");

    private final Clock clock;

    /** The calendar as the host runs it, on the system clock. */
    public CalendarPages() {
        this(Clock.systemUTC());
    }

    /** The calendar on another clock, so that tests can let time pass. */
    public CalendarPages(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        CalendarRequest c = new CalendarRequest(request, context, clock);
        boolean post = request.isPost();
        String path = request.path();
        switch (path) {
            case "/":
                return post ? c.notFound() : ViewPages.calendar(c);
            case "/new":
                return post ? EventPages.create(c) : EventPages.newForm(c);
            case "/sync":
                return post ? c.notFound() : SyncPages.page(c);
            case "/sync/renew":
                return post ? SyncPages.renew(c) : c.notFound();
            case "/sync/revoke":
                return post ? SyncPages.revoke(c) : c.notFound();
            case "/mine.ics":
                return post ? c.notFound() : SyncPages.mine(c);
            case "/import":
                return post ? SyncPages.importFile(c) : c.notFound();
            default:
                break;
        }
        Matcher m = EVENT.matcher(path);
        if (!m.matches()) {
            return c.notFound();
        }
        Optional<Event> found = c.store.byUid(m.group(1)).filter(e -> visibleHere(c, e));
        if (found.isEmpty()) {
            return c.notFound();
        }
        Event e = found.get();
        String action = m.group(2) == null ? "" : m.group(2).substring(1);
        return post ? onPost(c, e, action) : onGet(c, e, action);
    }

    /** A space's event is shown only inside its space, and only to who may see it now. */
    private static boolean visibleHere(CalendarRequest c, Event e) {
        boolean rightSpace = e.calendar() == CalendarKind.SPACE
                ? c.space != null && c.space.id() == e.spaceId() : c.space == null;
        return rightSpace && EventAccess.readable(e, c.viewer().id(), c.context);
    }

    private static PageResult onGet(CalendarRequest c, Event e, String action) {
        return switch (action) {
            case "" -> ViewPages.event(c, e);
            case "edit" -> EventPages.editForm(c, e);
            case "occurrence" -> EventPages.occurrenceForm(c, e);
            case "ics" -> SyncPages.event(c, e);
            default -> c.notFound();
        };
    }

    private static PageResult onPost(CalendarRequest c, Event e, String action) {
        return switch (action) {
            case "edit" -> EventPages.save(c, e);
            case "delete" -> EventPages.delete(c, e);
            case "occurrence" -> EventPages.changeOccurrence(c, e);
            case "cancel" -> EventPages.cancelOccurrence(c, e);
            case "reply" -> AttendPages.reply(c, e);
            case "invite" -> AttendPages.invite(c, e);
            case "reminder" -> AttendPages.reminder(c, e);
            default -> c.notFound();
        };
    }
}
