package org.agora.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * Reminders that each person chooses for an event (10 minutes to a day before), sent as notifications by a task
 * that runs every minute. Each occurrence of a series is reminded once; a person who may no longer see the event
 * (they left its private space) is not reminded of it.
 */
@Extension
public class Reminders implements PeriodicTask {

    static final String COLLECTION = "reminders";
    static final List<Integer> CHOICES = List.of(10, 30, 60, 1440);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run(PluginContext context) {
        send(context, Instant.now());
    }

    /** Sends the reminders due at {@code now}. */
    static void send(PluginContext context, Instant now) {
        EventStore store = new EventStore(context.records());
        for (int offset = 0; ; offset += RecordQuery.MAX_LIMIT) {
            List<StoredRecord> page = context.records().find(RecordQuery.in(COLLECTION).orderBy("event")
                    .offset(offset).limit(RecordQuery.MAX_LIMIT));
            for (StoredRecord r : page) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                remind(context, store, r, now);
            }
            if (page.size() < RecordQuery.MAX_LIMIT) {
                return;
            }
        }
    }

    private static void remind(PluginContext context, EventStore store, StoredRecord r, Instant now) {
        long person = Event.number(r, "person");
        int minutes = (int) Event.number(r, "minutes");
        Optional<Event> event = r.field("event").flatMap(store::byUid);
        if (event.isEmpty() || minutes == 0 || !EventAccess.readable(event.get(), person, context)) {
            return;
        }
        Event e = event.get();
        Duration before = Duration.ofMinutes(minutes);
        String sent = r.field("sent").orElse("");
        for (Occurrence o : Recurrence.between(e, e.repeats() ? store.changes(e.uid()) : List.of(), now,
                now.plus(before).plusSeconds(1))) {
            Instant start = o.start().toInstant();
            if (start.isAfter(now) && !start.minus(before).isAfter(now) && !sent.equals(start.toString())) {
                // the time as the person reads times, in their own zone
                ZonedDateTime at = o.start().withZoneSameInstant(context.people().zone(person));
                context.notify(PluginNotification.message(person, "notify.reminder", Paths.occurrence(o), o.title(),
                        TIME.format(at) + " (" + at.getZone().getId() + ")"));
                Map<String, String> fields = new HashMap<>(r.fields());
                fields.put("sent", start.toString());
                context.records().update(COLLECTION, r.id(), r.version(), fields);
                return;
            }
        }
    }

    /** @return the minutes before the event at which the person asked to be reminded, 0 for none */
    static int minutes(PluginContext context, Event e, long person) {
        return mine(context, e, person).map(r -> (int) Event.number(r, "minutes")).orElse(0);
    }

    /** Sets, changes or (with 0 minutes) removes a person's reminder of an event. */
    static void choose(PluginContext context, Event e, long person, int minutes, Instant now) {
        Optional<StoredRecord> old = mine(context, e, person);
        if (minutes == 0) {
            old.ifPresent(r -> context.records().delete(COLLECTION, r.id()));
            return;
        }
        Map<String, String> fields = Map.of("event", e.uid(), "person", String.valueOf(person),
                "minutes", String.valueOf(minutes), "sent", "", "chosen", now.toString());
        if (old.isPresent()) {
            context.records().update(COLLECTION, old.get().id(), old.get().version(), fields);
        } else if (e.shared()) {
            context.records().create(COLLECTION, fields, person, e.contentId());
        } else {
            context.records().create(COLLECTION, fields, person);
        }
    }

    private static Optional<StoredRecord> mine(PluginContext context, Event e, long person) {
        return context.records().find(RecordQuery.in(COLLECTION).where("event", e.uid())
                .where("person", String.valueOf(person)).limit(1)).stream().findFirst();
    }
}
