package org.agora.calendar;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.StoredRecord;

/**
 * One occurrence of a series changed on its own (iCalendar's RECURRENCE-ID): moved, renamed or held elsewhere.
 *
 * @param id           the record id
 * @param version      the record version
 * @param eventUid     the series
 * @param recurrenceId the occurrence's start as the rule gives it
 * @param title        its own title
 * @param start        its own start
 * @param end          its own end
 * @param place        its own place
 */
public record Change(long id, long version, String eventUid, LocalDateTime recurrenceId, String title,
                     LocalDateTime start, LocalDateTime end, String place) {

    static final String COLLECTION = "changes";

    Map<String, String> fields() {
        return Map.of("event", eventUid, "recurrenceId", recurrenceId.toString(), "title", title,
                "start", start.toString(), "end", end.toString(), "place", place);
    }

    static Optional<Change> of(StoredRecord r) {
        try {
            return Optional.of(new Change(r.id(), r.version(), r.field("event").orElseThrow(),
                    LocalDateTime.parse(r.field("recurrenceId").orElseThrow()), r.field("title").orElse(""),
                    LocalDateTime.parse(r.field("start").orElseThrow()),
                    LocalDateTime.parse(r.field("end").orElseThrow()), r.field("place").orElse("")));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
