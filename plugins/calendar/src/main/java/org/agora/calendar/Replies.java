package org.agora.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.Viewer;

/**
 * Answers and invitations of shared events, stored as records about the event's content item (deleted with it,
 * and owned by the person who answers, so that they are in that person's export and go with their erasure).
 * People promoted from the waiting list and people invited are notified, in their language.
 */
final class Replies {

    static final String COLLECTION = "replies";

    private final PluginContext context;
    private final Clock clock;

    Replies(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** @return the event's replies, oldest first */
    List<Reply> of(Event e) {
        return context.records().find(RecordQuery.in(COLLECTION).where("event", e.uid()).orderBy("at")
                .limit(RecordQuery.MAX_LIMIT)).stream().flatMap(r -> Reply.of(r).stream()).toList();
    }

    /** @return the person's reply to the event */
    Optional<Reply> of(Event e, long personId) {
        return context.records().find(RecordQuery.in(COLLECTION).where("event", e.uid())
                .where("person", String.valueOf(personId)).limit(1)).stream().findFirst().flatMap(Reply::of);
    }

    /** Stores a person's answer and gives the freed places to the people waiting; returns the stored reply. */
    Reply answer(Event e, Viewer who, Status status, String path) {
        WaitingList.Outcome outcome = WaitingList.answer(of(e), e.capacity(),
                new Reply(0, 0, who.id(), who.name(), status, clock.instant()), clock.instant());
        Reply mine = save(e, outcome.mine());
        promote(e, outcome.promoted(), path);
        return mine;
    }

    /** Gives free places to the people waiting, after the capacity grew. */
    void capacityChanged(Event e, String path) {
        promote(e, WaitingList.promotions(of(e), e.capacity()), path);
    }

    /** Invites a person who has not answered yet and tells them; false if they had answered already. */
    boolean invite(Event e, long personId, String name, Viewer by, String path) {
        if (of(e, personId).isPresent()) {
            return false;
        }
        save(e, new Reply(0, 0, personId, name, Status.INVITED, clock.instant()));
        context.notify(PluginNotification.message(personId, "notify.invited", path, by.name(), e.title()));
        return true;
    }

    private void promote(Event e, List<Reply> promoted, String path) {
        for (Reply r : promoted) {
            save(e, r);
            context.notify(PluginNotification.message(r.personId(), "notify.promoted", path, e.title()));
        }
    }

    private Reply save(Event e, Reply r) {
        if (r.id() == 0) {
            Optional<Reply> old = of(e, r.personId());
            if (old.isPresent()) {
                r = new Reply(old.get().id(), old.get().version(), r.personId(), r.name(), r.status(), r.at());
            }
        }
        var stored = r.id() == 0
                ? context.records().create(COLLECTION, r.fields(e.uid()), r.personId(), e.contentId())
                : context.records().update(COLLECTION, r.id(), r.version(), r.fields(e.uid()));
        return Reply.of(stored).orElseThrow();
    }
}
