package org.agora.calendar;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.agora.plugins.api.Messages;

/**
 * The event form as typed, and what is wrong with it, field by field, in the reader's language. Only a form without
 * problems becomes an {@link Event}.
 *
 * @param values the fields as typed, to show the form again
 */
public record EventForm(Map<String, String> values) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_PLACE = 200;
    static final int MAX_CAPACITY = 100_000;
    static final Duration LONGEST = Duration.ofDays(31);
    static final List<String> FIELDS = List.of("title", "text", "startDate", "startTime", "endDate", "endTime",
            "zone", "allDay", "place", "link", "capacity", "repeat", "interval", "until", "count");

    /** @return the form as sent, each field stripped ("" when missing); days of the week as {@code days} */
    static EventForm read(Function<String, String> parameter, List<String> days) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String value = parameter.apply(f);
            v.put(f, value == null ? "" : value.strip());
        }
        v.put("days", String.join(",", days));
        return new EventForm(v);
    }

    /** @return the form for an event as stored, to edit it */
    static EventForm of(Event e) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", e.title());
        v.put("text", e.markdown());
        v.put("startDate", e.start().toLocalDate().toString());
        v.put("startTime", e.allDay() ? "" : e.start().toLocalTime().toString());
        LocalDateTime end = e.allDay() ? e.end().minusDays(1) : e.end();
        v.put("endDate", end.toLocalDate().toString());
        v.put("endTime", e.allDay() ? "" : end.toLocalTime().toString());
        v.put("zone", e.zone().getId());
        v.put("allDay", e.allDay() ? "on" : "");
        v.put("place", e.place());
        v.put("link", e.link());
        v.put("capacity", e.capacity() == 0 ? "" : String.valueOf(e.capacity()));
        RuleParts.of(e.rrule()).into(v);
        return new EventForm(v);
    }

    /** @return an empty form starting on a day, in the calendar's zone */
    static EventForm blank(LocalDate day, ZoneId zone) {
        Map<String, String> v = new LinkedHashMap<>();
        FIELDS.forEach(f -> v.put(f, ""));
        v.put("startDate", day.toString());
        v.put("startTime", "09:00");
        v.put("endDate", day.toString());
        v.put("endTime", "10:00");
        v.put("zone", zone.getId());
        v.put("repeat", "none");
        v.put("interval", "1");
        v.put("days", "");
        return new EventForm(v);
    }

    /** @return a field as typed */
    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** @return true if the weekly day is ticked ({@code MO}, {@code TU}...) */
    public boolean day(String code) {
        return List.of(get("days").split(",")).contains(code);
    }

    /** What the form comes to: an event's times and details, or the problems. */
    sealed interface Result {
    }

    /** A valid form: everything an event needs besides who organises it and where. */
    record Valid(String title, String markdown, LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay,
                 String place, String link, int capacity, String rrule) implements Result {
    }

    /** The problems, by field. */
    record Invalid(Map<String, String> errors) implements Result {
    }

    /** @return the event's details, or what is wrong */
    Result check(Messages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = get("title").replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            errors.put("title", m.get("calendar.error.title"));
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", m.get("calendar.error.titleLength", MAX_TITLE));
        }
        if (get("text").length() > MAX_TEXT) {
            errors.put("text", m.get("calendar.error.textLength", MAX_TEXT));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(get("zone"));
        } catch (RuntimeException e) {
            errors.put("zone", m.get("calendar.error.zone", get("zone")));
        }
        boolean allDay = !get("allDay").isEmpty();
        LocalDateTime start = dateTime(get("startDate"), allDay ? "00:00" : get("startTime"));
        LocalDateTime end = dateTime(get("endDate").isEmpty() ? get("startDate") : get("endDate"),
                allDay ? "00:00" : get("endTime"));
        if (start == null) {
            errors.put("start", m.get("calendar.error.start"));
        }
        if (end == null) {
            errors.put("end", m.get("calendar.error.end"));
        }
        if (start != null && end != null) {
            if (allDay) {
                end = end.plusDays(1); // the day after the last one, as iCalendar counts whole days
            }
            if (!end.isAfter(start) && !(end.equals(start) && !allDay)) {
                errors.put("end", m.get("calendar.error.endBeforeStart"));
            } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
                errors.put("end", m.get("calendar.error.tooLong", LONGEST.toDays()));
            }
        }
        String place = get("place");
        if (place.length() > MAX_PLACE) {
            errors.put("place", m.get("calendar.error.placeLength", MAX_PLACE));
        }
        String link = get("link");
        if (!link.isEmpty() && !webLink(link)) {
            errors.put("link", m.get("calendar.error.link"));
        }
        int capacity = 0;
        if (!get("capacity").isEmpty()) {
            capacity = number(get("capacity"));
            if (capacity < 1 || capacity > MAX_CAPACITY) {
                errors.put("capacity", m.get("calendar.error.capacity", MAX_CAPACITY));
            }
        }
        String rrule = "";
        Recurrence.Frequency frequency = Recurrence.Frequency.of(get("repeat"));
        if (frequency != Recurrence.Frequency.NONE && start != null && zone != null) {
            int interval = get("interval").isEmpty() ? 1 : number(get("interval"));
            int count = get("count").isEmpty() ? 0 : number(get("count"));
            LocalDate until = get("until").isEmpty() ? null : date(get("until"));
            if (interval < 1 || interval > 99) {
                errors.put("interval", m.get("calendar.error.interval"));
            }
            if (!get("count").isEmpty() && (count < 1 || count > Recurrence.MAX_COUNT)) {
                errors.put("count", m.get("calendar.error.count", Recurrence.MAX_COUNT));
            } else if (!get("until").isEmpty() && (until == null || until.isBefore(start.toLocalDate()))) {
                errors.put("until", m.get("calendar.error.until"));
            } else if (count == 0 && until == null) {
                errors.put("until", m.get("calendar.error.neverEnds"));
            }
            if (!errors.containsKey("interval")) {
                rrule = Recurrence.rule(frequency, interval, days(), until, count, start, zone);
            }
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(title, get("text"), start, end, zone, allDay, place, link, capacity, rrule);
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (day(d.name().substring(0, 2))) {
                set.add(d);
            }
        }
        return set;
    }

    private static boolean webLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && link.length() <= 500;
        } catch (Exception e) {
            return false;
        }
    }

    private static int number(String text) {
        return text.matches("[0-9]{1,9}") ? Integer.parseInt(text) : -1;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime dateTime(String day, String time) {
        LocalDate d = date(day);
        if (d == null) {
            return null;
        }
        try {
            return d.atTime(LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The form's repeat fields read back from a stored rule, to edit a series. */
    record RuleParts(String repeat, String interval, String days, String until, String count) {

        static RuleParts of(String rrule) {
            if (rrule.isEmpty()) {
                return new RuleParts("none", "1", "", "", "");
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String p : rrule.split(";")) {
                String[] kv = p.split("=", 2);
                if (kv.length == 2) {
                    parts.put(kv[0], kv[1]);
                }
            }
            String freq = parts.getOrDefault("FREQ", "");
            String byDay = parts.getOrDefault("BYDAY", "");
            String repeat = switch (freq) {
                case "DAILY" -> "daily";
                case "WEEKLY" -> "weekly";
                case "MONTHLY" -> byDay.isEmpty() ? "monthly" : "monthly_weekday";
                case "YEARLY" -> "yearly";
                default -> "none";
            };
            String until = parts.getOrDefault("UNTIL", "");
            if (until.length() >= 8) {
                until = until.substring(0, 4) + "-" + until.substring(4, 6) + "-" + until.substring(6, 8);
            }
            return new RuleParts(repeat, parts.getOrDefault("INTERVAL", "1"), "weekly".equals(repeat) ? byDay : "",
                    until, parts.getOrDefault("COUNT", ""));
        }

        void into(Map<String, String> v) {
            v.put("repeat", repeat);
            v.put("interval", interval);
            v.put("days", days);
            v.put("until", until);
            v.put("count", count);
        }
    }
}
