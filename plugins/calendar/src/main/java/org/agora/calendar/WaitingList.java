package org.agora.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.agora.calendar.Reply.Status;

/**
 * The rule of places at an event with a capacity: who says "going" when every place is taken waits, in the order
 * they answered; when someone going changes their answer, or the capacity grows, the longest-waiting people take
 * the free places. Decided without storage, on the list of replies.
 */
final class WaitingList {

    /**
     * What an answer came to.
     *
     * @param mine     the person's reply as it must be stored (going may have become waiting)
     * @param promoted the people who moved from waiting to going
     */
    record Outcome(Reply mine, List<Reply> promoted) {
    }

    private WaitingList() {
    }

    /**
     * @param replies  the event's replies before the answer
     * @param capacity the most people going, 0 for no limit
     * @param answer   the person's new reply (going, maybe or declined)
     * @param now      the time of the answer
     */
    static Outcome answer(List<Reply> replies, int capacity, Reply answer, Instant now) {
        Optional<Reply> before = replies.stream().filter(r -> r.personId() == answer.personId()).findFirst();
        List<Reply> others = new ArrayList<>(replies.stream().filter(r -> r.personId() != answer.personId()).toList());
        Reply mine = answer.with(answer.status(), now);
        if (answer.status() == Status.GOING) {
            if (before.map(b -> b.status() == Status.GOING).orElse(false)) {
                mine = before.get(); // already going: keeps the place
            } else if (before.map(b -> b.status() == Status.WAITING).orElse(false)) {
                mine = before.get(); // already waiting: keeps the turn
            } else if (capacity > 0 && going(others) >= capacity) {
                mine = answer.with(Status.WAITING, now);
            }
        }
        others.add(mine);
        return new Outcome(mine, promotions(others, capacity));
    }

    /** @return the waiting people who now have a place, longest-waiting first, already marked going */
    static List<Reply> promotions(List<Reply> replies, int capacity) {
        long free = capacity == 0 ? Long.MAX_VALUE : capacity - going(replies);
        if (free <= 0) {
            return List.of();
        }
        return replies.stream().filter(r -> r.status() == Status.WAITING)
                .sorted(Comparator.comparing(Reply::at).thenComparing(Reply::id)).limit(free)
                .map(r -> r.with(Status.GOING, r.at())).toList();
    }

    static long going(List<Reply> replies) {
        return replies.stream().filter(r -> r.status() == Status.GOING).count();
    }
}
