package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.PageResult;

/** The pages that only read: a calendar as a month, a week or an agenda, and an event with its attendees. */
final class ViewPages {

    private ViewPages() {
    }

    static PageResult calendar(CalendarRequest c) {
        String mode = switch (c.parameter("view")) {
            case "month", "week" -> c.parameter("view");
            default -> "agenda";
        };
        LocalDate today = LocalDate.now(c.clock.withZone(c.zone));
        LocalDate anchor = EventPages.day(c.parameter("date")).orElse(today);
        String cal = c.space != null ? "space" : switch (c.parameter("cal")) {
            case "company", "personal" -> c.parameter("cal");
            default -> "all";
        };
        List<EventStore.Scope> scopes = switch (cal) {
            case "space" -> List.of(EventStore.space(c.space.id()));
            case "company" -> List.of(EventStore.company());
            case "personal" -> List.of(EventStore.personal(c.viewer().id()));
            default -> List.of(EventStore.readableBy(c.viewer()), EventStore.personal(c.viewer().id()));
        };
        LocalDate[] period = CalendarView.period(mode, anchor, today);
        Instant from = period[0].atStartOfDay(c.zone).toInstant();
        Instant to = period[1].atStartOfDay(c.zone).toInstant();
        List<Occurrence> occurrences = c.store.occurrences(scopes, from, to, c.zone);
        Map<String, Object> model = c.model();
        model.put("view", CalendarView.of(mode, anchor, today, occurrences, c.zone, c.messages.locale()));
        model.put("cal", cal);
        model.put("anchor", anchor);
        model.put("zone", c.zone.getId());
        model.put("mayCreate", EventAccess.mayCreate(c.space != null ? CalendarKind.SPACE : CalendarKind.PERSONAL,
                c.viewer(), c.space, c.context));
        model.put("mayCreateCompany", c.space == null
                && EventAccess.mayCreate(CalendarKind.COMPANY, c.viewer(), null, c.context));
        String title = c.space == null ? c.messages.get("calendar.title")
                : c.messages.get("calendar.spaceTitle", c.space.name());
        model.put("calendarTitle", title);
        return PageResult.view("calendar", title, model);
    }

    static PageResult event(CalendarRequest c, Event e) {
        Map<String, Object> model = c.model();
        Optional<Occurrence> one = Optional.empty();
        if (e.repeats() && !c.parameter("at").isEmpty()) {
            try {
                one = Recurrence.occurrence(e, c.store.changes(e.uid()), LocalDateTime.parse(c.parameter("at")));
            } catch (DateTimeParseException bad) {
                return c.notFound();
            }
            if (one.isEmpty()) {
                return c.notFound();
            }
        }
        Instant now = c.clock.instant();
        List<Occurrence> next = e.repeats() ? Recurrence.between(e, c.store.changes(e.uid()), now,
                now.plus(java.time.Duration.ofDays(400))).stream().limit(8).toList() : List.of();
        Occurrence shown = one.orElseGet(() -> next.isEmpty()
                ? Recurrence.between(e, List.of(), e.zonedStart().toInstant().minusSeconds(1),
                e.zonedStart().toInstant().plus(e.duration()).plusSeconds(1)).stream().findFirst()
                .orElse(new Occurrence(e, e.start(), e.zonedStart(), e.end().atZone(e.zone()), e.title(), e.place(),
                        false))
                : next.get(0));
        model.put("event", e);
        model.put("occurrence", shown);
        model.put("when", when(c, shown));
        model.put("html", c.context.renderMarkdown(e.markdown()));
        model.put("next", next.stream().map(o -> new Link(when(c, o), Paths.occurrence(o), o.changed())).toList());
        model.put("repeat", RuleText.describe(e.rrule(), e.zone(), c.messages));
        model.put("mayManage", EventAccess.manageable(e, c.viewer(), c.space, c.context));
        if (e.shared()) {
            List<Reply> replies = c.replies.of(e);
            for (Status s : Status.values()) {
                model.put(s.key(), replies.stream().filter(r -> r.status() == s).map(Reply::name).toList());
            }
            model.put("mine", replies.stream().filter(r -> r.personId() == c.viewer().id()).map(r -> r.status().key())
                    .findFirst().orElse(""));
            model.put("full", e.capacity() > 0 && WaitingList.going(replies) >= e.capacity());
            model.put("placesLeft", e.capacity() == 0 ? -1 : Math.max(0, e.capacity() - WaitingList.going(replies)));
            c.context.content().find(e.contentId(), c.viewer()).ifPresent(item -> {
                model.put("discussPath", item.discussionPath());
                model.put("discussLabel", c.messages.get("calendar.discuss", item.comments()));
            });
        }
        model.put("reminder", Reminders.minutes(c.context, e, c.viewer().id()));
        model.put("reminderChoices", Reminders.CHOICES);
        return PageResult.view("event", e.title(), model);
    }

    /**
     * An occurrence in a list.
     *
     * @param when    its time as text
     * @param href    its address
     * @param changed true if it was changed on its own
     */
    public record Link(String when, String href, boolean changed) {
    }

    /** @return when an occurrence happens, in its zone, with the company's time when the zones differ */
    static String when(CalendarRequest c, Occurrence o) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(c.messages.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        if (o.event().allDay()) {
            LocalDate last = o.end().toLocalDate().minusDays(1);
            return last.isAfter(o.start().toLocalDate())
                    ? date.format(o.start()) + " – " + date.format(last) : date.format(o.start());
        }
        List<String> parts = new ArrayList<>();
        parts.add(date.format(o.start()) + ", " + time.format(o.start()) + " – "
                + (o.end().toLocalDate().equals(o.start().toLocalDate()) ? "" : date.format(o.end()) + ", ")
                + time.format(o.end()) + " (" + o.event().zone().getId() + ")");
        if (!o.event().zone().getRules().equals(c.zone.getRules())) {
            ZonedDateTime local = o.start().withZoneSameInstant(c.zone);
            parts.add(c.messages.get("calendar.localTime", date.format(local) + ", " + time.format(local),
                    c.zone.getId()));
        }
        return String.join(" · ", parts);
    }
}
