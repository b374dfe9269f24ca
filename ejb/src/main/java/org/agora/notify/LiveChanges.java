package org.agora.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.agora.comments.CommentWritten;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;

/**
 * Counts, after each commit on this server, the changes an open page may have to show: a person's notifications and
 * unread messages, the posts of feeds, the comments of a post. An open page asks the database again only when one of
 * its counts moved (people and posts share a few thousand counters, so a rare neighbour's change costs one needless
 * read), so that a thousand idle pages cost nothing. Changes made on another server are not counted here: open pages
 * ask the database anyway every {@link #FULL_CHECK_EVERY} beats.
 */
@ApplicationScoped
public class LiveChanges {

    /** How many beats an open page may skip the database for when nothing changed here. */
    public static final int FULL_CHECK_EVERY = 15;

    private static final int BUCKETS = 4096;

    private final AtomicLong feeds = new AtomicLong();
    private final AtomicLongArray people = new AtomicLongArray(BUCKETS);
    private final AtomicLongArray threads = new AtomicLongArray(BUCKETS);

    /**
     * What an open page has seen of the changes; equal marks mean nothing it shows changed on this server.
     *
     * @param feed true if the page shows a feed that announces new posts
     * @param postId the post whose comments the page shows, or null
     */
    public Mark mark(long readerId, boolean feed, Long postId) {
        return new Mark(people.get(bucket(readerId)), feed ? feeds.get() : 0,
                postId == null ? 0 : threads.get(bucket(postId)));
    }

    /** A page's view of the counts. */
    public record Mark(long person, long feeds, long thread) {
    }

    void notified(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
        people.incrementAndGet(bucket(created.notification().getRecipientId()));
    }

    void read(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsRead read) {
        people.incrementAndGet(bucket(read.ownerId()));
    }

    /**
     * Counts a change that the people's open pages show, made elsewhere than in notifications, such as a message in
     * their conversations (the header's unread count).
     */
    public void touched(Collection<Long> personIds) {
        personIds.forEach(id -> people.incrementAndGet(bucket(id)));
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished post) {
        feeds.incrementAndGet();
    }

    void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostDeleted post) {
        feeds.incrementAndGet();
    }

    void commented(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentWritten comment) {
        threads.incrementAndGet(bucket(comment.postId()));
    }

    private static int bucket(long id) {
        return (int) Math.floorMod(id * 0x9E3779B97F4A7C15L >>> 32, (long) BUCKETS);
    }
}
