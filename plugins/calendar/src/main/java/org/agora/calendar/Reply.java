package org.agora.calendar;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.StoredRecord;

/**
 * A person's answer to an event.
 *
 * @param id       the record id, or 0 before it is stored
 * @param version  the record version
 * @param personId who answers
 * @param name     their name
 * @param status   their answer
 * @param at       when they answered: the waiting list is served in this order
 */
public record Reply(long id, long version, long personId, String name, Status status, Instant at) {

    /** The answers, with "invited" for someone who has not answered an invitation yet. */
    public enum Status {
        GOING, MAYBE, DECLINED, WAITING, INVITED;

        /** @return the stored and form name, such as {@code going} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @return the status of a form's answer; only going, maybe and declined are answers */
        static Optional<Status> answer(String value) {
            return switch (value == null ? "" : value) {
                case "going" -> Optional.of(GOING);
                case "maybe" -> Optional.of(MAYBE);
                case "declined" -> Optional.of(DECLINED);
                default -> Optional.empty();
            };
        }
    }

    Reply with(Status newStatus, Instant when) {
        return new Reply(id, version, personId, name, newStatus, when);
    }

    Map<String, String> fields(String eventUid) {
        return Map.of("event", eventUid, "person", String.valueOf(personId), "name", name, "status", status.key(),
                "at", at.toString());
    }

    static Optional<Reply> of(StoredRecord r) {
        try {
            return Optional.of(new Reply(r.id(), r.version(), Long.parseLong(r.field("person").orElseThrow()),
                    r.field("name").orElse(""), Status.valueOf(r.field("status").orElseThrow().toUpperCase(Locale.ROOT)),
                    Instant.parse(r.field("at").orElseThrow())));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
