package org.agora.calendar;

/** The addresses of the calendar's pages, below the plugin's prefix; a space's event keeps its space's parameter. */
final class Paths {

    private Paths() {
    }

    static String event(Event e) {
        return "/event/" + e.uid() + space(e, "?");
    }

    static String event(Event e, String action) {
        return "/event/" + e.uid() + "/" + action + space(e, "?");
    }

    /** @return {@code ?space=ID} (or {@code &space=ID}) for a space's event, else nothing */
    static String space(Event e, String separator) {
        return e.calendar() == CalendarKind.SPACE ? separator + "space=" + e.spaceId() : "";
    }

    /** @return the address of one occurrence: the event's, with {@code at} for an occurrence of a series */
    static String occurrence(Occurrence o) {
        Event e = o.event();
        return e.repeats() ? event(e) + (e.calendar() == CalendarKind.SPACE ? "&" : "?") + "at=" + o.key() : event(e);
    }
}
