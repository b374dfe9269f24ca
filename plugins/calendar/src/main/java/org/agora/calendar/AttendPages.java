package org.agora.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.content.SearchHit;

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
     * Invites colleagues by name, one per line or comma. Every name must match one person who may see the event
     * (a private space's event is for its members); otherwise nobody is invited and the reader is told which name
     * did not fit.
     */
    static PageResult invite(CalendarRequest c, Event e) {
        if (!e.shared()) {
            return c.notFound();
        }
        List<String> names = List.of(c.parameter("people").split("[,\\n]+")).stream().map(String::strip)
                .filter(n -> !n.isEmpty()).distinct().toList();
        if (names.isEmpty() || names.size() > 50) {
            return c.badRequest("calendar.error.inviteNames");
        }
        List<long[]> people = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String name : names) {
            Optional<SearchHit> person = person(c, name);
            if (person.isEmpty()) {
                return c.badRequest("calendar.error.unknownPerson", name);
            }
            long id = Long.parseLong(person.get().link().substring("/people/".length()));
            if (!EventAccess.readable(e, id, c.context)) {
                return c.badRequest("calendar.error.cannotSee", person.get().title());
            }
            people.add(new long[] {id});
            found.add(person.get().title());
        }
        for (int i = 0; i < people.size(); i++) {
            c.replies.invite(e, people.get(i)[0], found.get(i), c.viewer(), Paths.event(e));
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

    /** @return the one person Agora's search finds by this exact name (the host's search knows no e-mail) */
    private static Optional<SearchHit> person(CalendarRequest c, String name) {
        List<SearchHit> hits = c.context.search(c.viewer(), "\"" + name.replace("\"", "") + "\"", 20).stream()
                .filter(h -> "person".equals(h.type()) && h.link().matches("/people/[0-9]{1,18}")
                        && h.title() != null).toList();
        List<SearchHit> exact = hits.stream().filter(h -> h.title().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }
}
