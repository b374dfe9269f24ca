package org.agora.calendar;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * One occurrence of an event as a calendar shows it.
 *
 * @param event        the event (for a series, the series)
 * @param recurrenceId the occurrence's start as the series rule gives it, in the event's zone: its iCalendar
 *                     RECURRENCE-ID, the same when the occurrence was moved
 * @param start        when it starts
 * @param end          when it ends
 * @param title        its title, which a change of this occurrence alone may differ from the series'
 * @param place        its place, likewise
 * @param changed      true if this occurrence alone was changed
 */
public record Occurrence(Event event, LocalDateTime recurrenceId, ZonedDateTime start, ZonedDateTime end,
                         String title, String place, boolean changed) {

    /** @return the key of this occurrence in addresses: its recurrence id */
    public String key() {
        return recurrenceId.toString();
    }
}
