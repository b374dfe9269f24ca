package org.agora.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.UploadedFile;

/**
 * Calendars elsewhere: an event as an {@code .ics} file, each person's feed of the events they take part in (by a
 * secret address they renew or revoke, or signed in), and importing an {@code .ics} file into one's own calendar,
 * all or nothing. A feed holds only events its person may see at the moment it is read.
 */
final class SyncPages {

    static final String TOKENS = "tokens";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ICS = "text/calendar";

    private SyncPages() {
    }

    static PageResult event(CalendarRequest c, Event e) {
        String ics = ICalendar.write(e.title(), List.of(new ICalendar.Entry(e, c.store.changes(e.uid()))),
                c.clock.instant(), c.zone);
        return new PageResult.Download("event-" + e.uid() + ".ics", ICS, ics.getBytes(StandardCharsets.UTF_8));
    }

    static PageResult mine(CalendarRequest c) {
        return download(c.context, c.messages, c.clock, c.viewer().id());
    }

    /**
     * The feed of the person whose secret address this is, for calendar applications that do not sign in
     * ({@link CalendarFeeds}); an unknown or revoked address is not found.
     */
    static PageResult feed(PluginContext context, Messages messages, Clock clock, String token) {
        Optional<StoredRecord> found = context.records().findBy(TOKENS, "token", token).stream().findFirst();
        if (found.isEmpty()) {
            return PageResult.notFound(messages.get("calendar.error.noFeed"));
        }
        return download(context, messages, clock, Event.number(found.get(), "person"));
    }

    static PageResult page(CalendarRequest c) {
        Map<String, Object> model = c.model();
        token(c.context, c.viewer().id()).ifPresent(t -> model.put("token", t));
        return PageResult.view("sync", c.messages.get("calendar.syncTitle"), model);
    }

    static PageResult renew(CalendarRequest c) {
        revokeAll(c.context, c.viewer().id());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        c.context.records().create(TOKENS, Map.of("person", String.valueOf(c.viewer().id()), "token", token),
                c.viewer().id());
        return PageResult.redirect("/sync");
    }

    static PageResult revoke(CalendarRequest c) {
        revokeAll(c.context, c.viewer().id());
        return PageResult.redirect("/sync");
    }

    /** Imports every event of an {@code .ics} file into the reader's own calendar, or none if one is wrong. */
    static PageResult importFile(CalendarRequest c) {
        Optional<UploadedFile> file = c.request.file("file");
        if (file.isEmpty() || file.get().size() == 0) {
            return c.badRequest("calendar.error.importFile");
        }
        Optional<List<ICalendar.Imported>> read = ICalendar.read(file.get().content(), c.zone);
        if (read.isEmpty()) {
            return c.badRequest("calendar.error.importMalformed");
        }
        List<ICalendar.Imported> events = read.get();
        if (events.isEmpty() || events.size() > 1000) {
            return c.badRequest("calendar.error.importEmpty");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).error() != null) {
                return c.badRequest("calendar.error.importEvent", i + 1, c.messages.get(events.get(i).error(),
                        EventForm.MAX_TITLE));
            }
        }
        List<Map<String, String>> records = new ArrayList<>();
        List<String> uids = new ArrayList<>();
        List<Map<String, String>> changes = new ArrayList<>();
        for (ICalendar.Imported imported : events) {
            EventForm.Valid v = imported.valid();
            String uid = EventPages.newUid();
            uids.add(uid);
            records.add(new Event(0, 0, uid, CalendarKind.PERSONAL, 0, c.viewer().id(),
                    c.viewer().name(), v.title(), v.markdown(), v.start(), v.end(), v.zone(), v.allDay(), v.place(),
                    v.link(), 0, v.rrule(), imported.exdates(), 0).fields());
            imported.changesOf(uid).forEach(change -> changes.add(change.fields()));
        }
        // one transaction per collection: all of the file or nothing; personal events belong to their owner
        c.context.records().createAll(Event.COLLECTION, records);
        try {
            if (!changes.isEmpty()) {
                c.context.records().createAll(Change.COLLECTION, changes);
            }
        } catch (RuntimeException failed) {
            uids.forEach(uid -> c.store.byUid(uid).ifPresent(c.store::delete));
            throw failed;
        }
        return PageResult.redirect("/?cal=personal");
    }

    private static PageResult download(PluginContext context, Messages messages, Clock clock, long person) {
        EventStore store = new EventStore(context.records());
        Map<String, ICalendar.Entry> entries = new LinkedHashMap<>();
        List<Event> candidates = new ArrayList<>();
        candidates.addAll(store.all(RecordQuery.in(Event.COLLECTION).where("calendar", CalendarKind.PERSONAL.key())
                .where("organiserId", String.valueOf(person))));
        candidates.addAll(store.all(RecordQuery.in(Event.COLLECTION).where("shared", "true")
                .where("organiserId", String.valueOf(person))));
        for (StoredRecord r : context.records().find(RecordQuery.in(Replies.COLLECTION)
                .where("person", String.valueOf(person)).limit(RecordQuery.MAX_LIMIT))) {
            Reply.of(r).filter(reply -> reply.status() != Status.DECLINED)
                    .flatMap(reply -> r.field("event")).flatMap(store::byUid).ifPresent(candidates::add);
        }
        for (Event e : candidates) {
            if (!entries.containsKey(e.uid()) && EventAccess.readable(e, person, context)) {
                entries.put(e.uid(), new ICalendar.Entry(e, store.changes(e.uid())));
            }
        }
        String ics = ICalendar.write(messages.get("calendar.feedName"), entries.values(), clock.instant(),
                context.people().zone(person));
        return new PageResult.Download("agora.ics", ICS, ics.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<String> token(PluginContext context, long person) {
        return context.records().find(RecordQuery.in(TOKENS).where("person", String.valueOf(person)).limit(1))
                .stream().findFirst().flatMap(r -> r.field("token"));
    }

    private static void revokeAll(PluginContext context, long person) {
        context.records().find(RecordQuery.in(TOKENS).where("person", String.valueOf(person)).limit(10))
                .forEach(r -> context.records().delete(TOKENS, r.id()));
    }
}
