package org.agora.calendar;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;

/**
 * Writing events: the form for a new event, adding it, editing and deleting it, and for a series changing or
 * cancelling one occurrence. A form with problems comes back with them and status 400, and nothing is stored.
 */
final class EventPages {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EventPages() {
    }

    static PageResult newForm(CalendarRequest c) {
        CalendarKind kind = kind(c);
        if (!EventAccess.mayCreate(kind, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        LocalDate day = day(c.parameter("date")).orElse(LocalDate.now(c.clock.withZone(c.zone)));
        return form(c, null, kind, EventForm.blank(day, c.zone), Map.of(), 200);
    }

    static PageResult create(CalendarRequest c) {
        CalendarKind kind = kind(c);
        if (!EventAccess.mayCreate(kind, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        EventForm form = read(c);
        if (form.check(c.messages) instanceof EventForm.Invalid invalid) {
            return form(c, null, kind, form, invalid.errors(), 400);
        }
        EventForm.Valid v = (EventForm.Valid) form.check(c.messages);
        Event e = new Event(0, 0, newUid(), kind, kind == CalendarKind.SPACE ? c.space.id() : 0, c.viewer().id(),
                c.viewer().name(), v.title(), v.markdown(), v.start(), v.end(), v.zone(), v.allDay(), v.place(),
                v.link(), v.capacity(), v.rrule(), List.of(), 0);
        if (e.shared()) {
            ContentItem item;
            try {
                item = c.feed.publish(e, c.viewer());
            } catch (ContentRefusedException refused) {
                return form(c, null, kind, form, Map.of("form", refused.getMessage()), 403);
            }
            e = e.withContent(item.id());
            try {
                e = c.store.create(e);
            } catch (RuntimeException failed) {
                c.feed.delete(e); // no card for an event that was not stored
                throw failed;
            }
        } else {
            e = c.store.create(e);
        }
        return PageResult.redirect(Paths.event(e));
    }

    static PageResult editForm(CalendarRequest c, Event e) {
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        return form(c, e, e.calendar(), EventForm.of(e), Map.of(), 200);
    }

    static PageResult save(CalendarRequest c, Event e) {
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        EventForm form = read(c);
        if (form.check(c.messages) instanceof EventForm.Invalid invalid) {
            return form(c, e, e.calendar(), form, invalid.errors(), 400);
        }
        EventForm.Valid v = (EventForm.Valid) form.check(c.messages);
        if (!String.valueOf(e.version()).equals(c.parameter("version"))) {
            return form(c, e, e.calendar(), form, Map.of("form", c.messages.get("calendar.error.changedMeanwhile")),
                    409);
        }
        boolean sameSeries = v.rrule().equals(e.rrule()) && v.start().equals(e.start());
        Event changed = new Event(e.id(), e.version(), e.uid(), e.calendar(), e.spaceId(), e.organiserId(),
                e.organiser(), v.title(), v.markdown(), v.start(), v.end(), v.zone(), v.allDay(), v.place(), v.link(),
                v.capacity(), v.rrule(), sameSeries ? e.exdates() : List.of(), e.contentId());
        try {
            changed = c.store.update(changed);
        } catch (StaleRecordException meanwhile) {
            return form(c, e, e.calendar(), form, Map.of("form", c.messages.get("calendar.error.changedMeanwhile")),
                    409);
        }
        if (changed.shared()) {
            try {
                c.feed.update(changed, c.viewer());
            } catch (ContentRefusedException refused) {
                // the organiser left the space: the card keeps its former text, the event its new one
            }
            c.replies.capacityChanged(changed, Paths.event(changed));
            tell(c, changed, "notify.changed");
        }
        return PageResult.redirect(Paths.event(changed));
    }

    static PageResult delete(CalendarRequest c, Event e) {
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        if (e.shared()) {
            tell(c, e, "notify.cancelled");
        }
        c.store.delete(e);
        c.feed.delete(e);
        return PageResult.redirect(e.calendar() == CalendarKind.SPACE ? "/?space=" + e.spaceId() : "/");
    }

    static PageResult occurrenceForm(CalendarRequest c, Event e) {
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        Optional<Occurrence> o = occurrence(c, e);
        if (o.isEmpty()) {
            return c.notFound();
        }
        Occurrence one = o.get();
        Map<String, String> values = Map.of("title", one.title(), "place", one.place(),
                "startDate", one.start().toLocalDate().toString(), "startTime", one.start().toLocalTime().toString(),
                "endDate", one.end().toLocalDate().toString(), "endTime", one.end().toLocalTime().toString());
        return occurrenceView(c, e, one, values, Map.of(), 200);
    }

    static PageResult changeOccurrence(CalendarRequest c, Event e) {
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        Optional<Occurrence> o = occurrence(c, e);
        if (o.isEmpty()) {
            return c.notFound();
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (String f : List.of("title", "place", "startDate", "startTime", "endDate", "endTime")) {
            values.put(f, c.parameter(f));
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String title = values.get("title").replaceAll("\\s+", " ");
        if (title.isEmpty() || title.length() > EventForm.MAX_TITLE) {
            errors.put("title", c.messages.get("calendar.error.title"));
        }
        if (values.get("place").length() > EventForm.MAX_PLACE) {
            errors.put("place", c.messages.get("calendar.error.placeLength", EventForm.MAX_PLACE));
        }
        LocalDateTime start = at(values.get("startDate"), values.get("startTime"));
        LocalDateTime end = at(values.get("endDate"), values.get("endTime"));
        if (start == null) {
            errors.put("start", c.messages.get("calendar.error.start"));
        } else if (end == null || end.isBefore(start)) {
            errors.put("end", c.messages.get("calendar.error.endBeforeStart"));
        }
        if (!errors.isEmpty()) {
            return occurrenceView(c, e, o.get(), values, errors, 400);
        }
        c.store.saveChange(e, new Change(0, 0, e.uid(), o.get().recurrenceId(), title, start, end,
                values.get("place")));
        return PageResult.redirect(Paths.event(e));
    }

    static PageResult cancelOccurrence(CalendarRequest c, Event e) {
        if (!EventAccess.manageable(e, c.viewer(), c.space, c.context)) {
            return c.forbidden();
        }
        Optional<Occurrence> o = occurrence(c, e);
        if (o.isEmpty()) {
            return c.notFound();
        }
        List<LocalDateTime> dates = new ArrayList<>(e.exdates());
        dates.add(o.get().recurrenceId());
        try {
            c.store.update(e.withExdates(dates));
        } catch (StaleRecordException meanwhile) {
            return c.badRequest("calendar.error.changedMeanwhile");
        }
        c.store.dropChange(e.uid(), o.get().recurrenceId());
        return PageResult.redirect(Paths.event(e));
    }

    /** Tells the people who answered or were invited (not those who declined) that the event changed. */
    private static void tell(CalendarRequest c, Event e, String key) {
        for (Reply r : c.replies.of(e)) {
            if (r.status() != Status.DECLINED && r.personId() != c.viewer().id()) {
                c.context.notify(PluginNotification.message(r.personId(), key, Paths.event(e), e.title()));
            }
        }
    }

    private static Optional<Occurrence> occurrence(CalendarRequest c, Event e) {
        if (!e.repeats()) {
            return Optional.empty();
        }
        try {
            return Recurrence.occurrence(e, c.store.changes(e.uid()), LocalDateTime.parse(c.parameter("at")));
        } catch (DateTimeParseException bad) {
            return Optional.empty();
        }
    }

    private static PageResult occurrenceView(CalendarRequest c, Event e, Occurrence o, Map<String, String> values,
                                             Map<String, String> errors, int status) {
        Map<String, Object> model = c.model();
        model.put("event", e);
        model.put("occurrence", o);
        model.put("values", values);
        model.put("errors", errors);
        return new PageResult.View("occurrence", c.messages.get("calendar.occurrenceTitle", e.title()), model, status);
    }

    private static PageResult form(CalendarRequest c, Event e, CalendarKind kind, EventForm form,
                                   Map<String, String> errors, int status) {
        Map<String, Object> model = c.model();
        model.put("form", form);
        model.put("errors", errors);
        model.put("kind", kind.key());
        model.put("zones", Zones.LIST);
        model.put("action", e == null ? "/new" : "/event/" + e.uid() + "/edit");
        if (e != null) {
            model.put("event", e);
        }
        String heading = e == null ? c.messages.get("calendar.newTitle") : c.messages.get("calendar.editTitle",
                e.title());
        return new PageResult.View("edit", heading, model, status);
    }

    private static EventForm read(CalendarRequest c) {
        List<String> days = c.request.parameters().getOrDefault("days", List.of());
        return EventForm.read(c::parameter, days);
    }

    private static CalendarKind kind(CalendarRequest c) {
        if (c.space != null) {
            return CalendarKind.SPACE;
        }
        return "company".equals(c.parameter("cal")) ? CalendarKind.COMPANY : CalendarKind.PERSONAL;
    }

    static Optional<LocalDate> day(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDateTime at(String day, String time) {
        try {
            return LocalDate.parse(day).atTime(java.time.LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String newUid() {
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            s.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return s.toString();
    }
}
