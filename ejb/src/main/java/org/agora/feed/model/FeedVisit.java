package org.agora.feed.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a person last opened their home feed, to mark what is new since. A visit lasts while the person keeps coming
 * back within a pause (the {@code agora.feed.visit.pause.minutes} setting, 30 by default): reloading the page or
 * reading older posts keeps the same marker, and only a visit after a longer pause moves it to the end of the
 * previous one.
 */
@Entity
@Table(name = "feed_visit")
public class FeedVisit {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "new_since")
    private Instant newSince;

    protected FeedVisit() {
    }

    /** The first visit of a person: nothing is marked new yet, as everything is. */
    public FeedVisit(long personId, Instant now) {
        this.personId = personId;
        this.lastSeen = now;
    }

    /**
     * Records that the person opens the feed now.
     *
     * @param pause the longest pause within one visit
     * @return the moment before which posts are not new, if the person has been here before this visit
     */
    public Optional<Instant> open(Instant now, Duration pause) {
        if (Duration.between(lastSeen, now).compareTo(pause) > 0) {
            newSince = lastSeen;
        }
        if (Duration.between(lastSeen, now).compareTo(step(pause)) > 0) {
            lastSeen = now;
        }
        return newSince();
    }

    /**
     * How far the recorded last opening may lag behind the real one: a thirtieth of the pause, at most a minute. So
     * reloading the feed does not write to the database each time, and a visit ends at most that much early.
     */
    static Duration step(Duration pause) {
        Duration step = pause.dividedBy(30);
        return step.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : step;
    }

    /** @return the moment before which posts are not new, without recording a visit */
    public Optional<Instant> newSince() {
        return Optional.ofNullable(newSince);
    }

    public Long getPersonId() {
        return personId;
    }
}
