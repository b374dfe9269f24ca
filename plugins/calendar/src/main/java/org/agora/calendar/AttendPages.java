package org.agora.calendar;

import java.util.List;
import java.util.Optional;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonRef;

/**
 * Taking part: answering (going, maybe, declined), inviting colleagues, and each person's reminder. Only shared
 * events have answers and invitations; a person's own events have reminders only.
 */
final class AttendPages {

    private AttendPages() {
    }

    static PageResult reply(CalendarRequest c, Event e) {
        if (!e.shared()) {
            return c.notFound();
        }
        Optional<Status> status = Status.answer(c.parameter("status"));
        if (status.isEmpty()) {
            return c.badRequest("calendar.error.answer");
        }
        c.replies.answer(e, c.viewer(), status.get(), Paths.event(e));
        return PageResult.redirect(Paths.event(e));
    }

    /**
     * Invites the colleagues chosen with the host's person picker. Each must be able to see the event (a private
     * space's event is for its members); otherwise nobody is invited and the reader is told who did not fit.
     */
    /** The most members a space may have for its whole membership to be invited at once. */
    static final int MOST_INVITED = 500;

    static PageResult invite(CalendarRequest c, Event e) {
        if (!e.shared()) {
            return c.notFound();
        }
        if (c.request.parameter("everyone").isPresent()) {
            return inviteSpace(c, e);
        }
        List<PersonRef> people = c.context.people().picked(c.request, "people");
        if (people.isEmpty() || people.size() > 50) {
            return c.badRequest("calendar.error.inviteNames");
        }
        for (PersonRef person : people) {
            if (!EventAccess.readable(e, person.id(), c.context)) {
                return c.badRequest("calendar.error.cannotSee", person.name());
            }
        }
        for (PersonRef person : people) {
            c.replies.invite(e, person.id(), person.name(), c.viewer(), Paths.event(e));
        }
        return PageResult.redirect(Paths.event(e));
    }

    /**
     * Invites every active member of the event's space who has not answered yet; for those who manage the event, and
     * for spaces of at most {@value #MOST_INVITED} members (larger audiences read an announcement).
     */
    private static PageResult inviteSpace(CalendarRequest c, Event e) {
        if (e.spaceId() == 0 || c.space == null || c.space.id() != e.spaceId()) {
            return c.badRequest("calendar.error.inviteSpace");
        }
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return new PageResult.Forbidden(c.messages.get("calendar.error.forbidden"));
        }
        if (c.context.people().memberCount(e.spaceId()) > MOST_INVITED) {
            return c.badRequest("calendar.error.spaceTooLarge", MOST_INVITED);
        }
        for (List<PersonRef> page = c.context.people().members(e.spaceId(), 0, People.MAX_PAGE); !page.isEmpty();
                page = c.context.people().members(e.spaceId(), page.getLast().id(), People.MAX_PAGE)) {
            for (PersonRef person : page) {
                if (person.id() != c.viewer().id()) {
                    c.replies.invite(e, person.id(), person.name(), c.viewer(), Paths.event(e));
                }
            }
        }
        return PageResult.redirect(Paths.event(e));
    }

    static PageResult reminder(CalendarRequest c, Event e) {
        String value = c.parameter("minutes");
        int minutes = value.matches("[0-9]{1,5}") ? Integer.parseInt(value) : -1;
        if (minutes != 0 && !Reminders.CHOICES.contains(minutes)) {
            return c.badRequest("calendar.error.reminder");
        }
        Reminders.choose(c.context, e, c.viewer().id(), minutes, c.clock.instant());
        return PageResult.redirect(Paths.event(e));
    }
}
