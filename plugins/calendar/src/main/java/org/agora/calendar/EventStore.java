package org.agora.calendar;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * The calendar's records: events, the occurrences changed on their own, and the occurrences of a period. Single
 * events are filed under the month they start in and series under {@link Event#SERIES}, so a month, a week or an
 * agenda reads a few months' events by indexed fields rather than every event; no event lasts longer than
 * {@link EventForm#LONGEST}, so the month before the period is the furthest one to look in.
 */
final class EventStore {

    private static final int LIMIT = RecordQuery.MAX_LIMIT;

    private final RecordStore records;

    EventStore(RecordStore records) {
        this.records = records;
    }

    Optional<Event> byUid(String uid) {
        return records.findBy(Event.COLLECTION, "uid", uid).stream().findFirst().flatMap(Event::of);
    }

    Optional<Event> byContent(long contentId) {
        return records.findBy(Event.COLLECTION, "content", String.valueOf(contentId)).stream().findFirst()
                .flatMap(Event::of);
    }

    /** Stores a new event: a personal one belongs to its owner, a shared one to its content item. */
    Event create(Event e) {
        StoredRecord r = e.shared() ? records.create(Event.COLLECTION, e.fields(), null, e.contentId())
                : records.create(Event.COLLECTION, e.fields(), e.organiserId());
        return e.withId(r.id(), r.version());
    }

    /** @throws org.agora.plugins.api.StaleRecordException if someone changed it meanwhile */
    Event update(Event e) {
        StoredRecord r = records.update(Event.COLLECTION, e.id(), e.version(), e.fields());
        return e.withId(r.id(), r.version());
    }

    /** Deletes an event with what hangs on it: changed occurrences, replies, reminders. */
    void delete(Event e) {
        for (String collection : List.of(Change.COLLECTION, Replies.COLLECTION, Reminders.COLLECTION)) {
            deleteAll(RecordQuery.in(collection).where("event", e.uid()));
        }
        records.delete(Event.COLLECTION, e.id());
    }

    List<Change> changes(String uid) {
        return records.find(RecordQuery.in(Change.COLLECTION).where("event", uid).limit(LIMIT)).stream()
                .flatMap(r -> Change.of(r).stream()).toList();
    }

    Optional<Change> change(String uid, java.time.LocalDateTime recurrenceId) {
        return records.find(RecordQuery.in(Change.COLLECTION).where("event", uid)
                        .where("recurrenceId", recurrenceId.toString()).limit(1)).stream().findFirst()
                .flatMap(Change::of);
    }

    /** Saves a change of one occurrence, replacing an earlier change of the same one. */
    void saveChange(Event e, Change c) {
        Optional<Change> old = change(e.uid(), c.recurrenceId());
        if (old.isPresent()) {
            records.update(Change.COLLECTION, old.get().id(), old.get().version(), c.fields());
        } else if (e.shared()) {
            records.create(Change.COLLECTION, c.fields(), null, e.contentId());
        } else {
            records.create(Change.COLLECTION, c.fields(), e.organiserId());
        }
    }

    void dropChange(String uid, java.time.LocalDateTime recurrenceId) {
        change(uid, recurrenceId).ifPresent(c -> records.delete(Change.COLLECTION, c.id()));
    }

    /** Which events a calendar view reads. */
    interface Scope {
        /** @return the query of some buckets of this calendar */
        RecordQuery query(List<String> buckets);
    }

    /** @return the events of the company's calendar */
    static Scope company() {
        return b -> RecordQuery.in(Event.COLLECTION).where("calendar", CalendarKind.COMPANY.key())
                .whereIn("bucket", b);
    }

    /** @return the events of one space's calendar */
    static Scope space(long spaceId) {
        return b -> RecordQuery.in(Event.COLLECTION).where("space", String.valueOf(spaceId)).whereIn("bucket", b);
    }

    /** @return one person's own events */
    static Scope personal(long personId) {
        return b -> RecordQuery.in(Event.COLLECTION).where("calendar", CalendarKind.PERSONAL.key())
                .where("organiserId", String.valueOf(personId)).whereIn("bucket", b);
    }

    /** @return the events a person organises, in any calendar; read only with the person as the viewer */
    static Scope organisedBy(long personId) {
        return b -> RecordQuery.in(Event.COLLECTION).where("organiserId", String.valueOf(personId))
                .whereIn("bucket", b);
    }

    /** @return every shared event the viewer may read now: the company's and those of spaces they may read */
    static Scope readableBy(Viewer viewer) {
        return b -> RecordQuery.in(Event.COLLECTION).where("shared", "true").whereIn("bucket", b)
                .readableBy(viewer);
    }

    /** @return the occurrences of the scopes' events that overlap the period, by start */
    List<Occurrence> occurrences(List<Scope> scopes, Instant from, Instant to, ZoneId zone) {
        List<String> buckets = new ArrayList<>();
        YearMonth first = YearMonth.from(from.atZone(zone)).minusMonths(2);
        YearMonth last = YearMonth.from(to.atZone(zone)).plusMonths(1);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            buckets.add(m.toString());
        }
        buckets.add(Event.SERIES);
        List<Occurrence> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Scope scope : scopes) {
            // one query for all the months of a calendar
            for (Event e : all(scope.query(buckets))) {
                if (seen.add(e.uid())) {
                    out.addAll(Recurrence.between(e, e.repeats() ? changes(e.uid()) : List.of(), from, to));
                }
            }
        }
        out.sort(Comparator.comparing((Occurrence o) -> o.start().toInstant()).thenComparing(Occurrence::title));
        return out;
    }

    /** @return every event of a collection's query, page by page */
    List<Event> all(RecordQuery query) {
        List<Event> out = new ArrayList<>();
        for (int offset = 0; ; offset += LIMIT) {
            List<StoredRecord> page = records.find(query.offset(offset).limit(LIMIT));
            page.forEach(r -> Event.of(r).ifPresent(out::add));
            if (page.size() < LIMIT) {
                return out;
            }
        }
    }

    /** Applies a change to each record of a query, page by page (GDPR erasure). */
    void rewrite(RecordQuery query, UnaryOperator<Map<String, String>> change) {
        for (StoredRecord r : records.find(query.limit(LIMIT))) {
            records.update(query.collection(), r.id(), r.version(), change.apply(new java.util.HashMap<>(r.fields())));
        }
    }

    private void deleteAll(RecordQuery query) {
        for (List<StoredRecord> batch = records.find(query.limit(LIMIT)); !batch.isEmpty();
             batch = records.find(query.limit(LIMIT))) {
            batch.forEach(r -> records.delete(query.collection(), r.id()));
        }
    }
}
