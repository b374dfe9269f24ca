package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.agora.feed.FeedQueries;
import org.agora.feed.PostService;

/**
 * What changed for a reader since their page was drawn, read from the database each time so that any node can answer
 * and a reconnecting page loses nothing; every answer checks the reader's rights as they are now.
 */
@Stateless
public class LiveUpdates {

    /** The most new posts or comments counted: a banner says "99 new posts" at most. */
    public static final int MAX_COUNTED = 99;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    NotificationService notifications;

    @EJB
    FeedQueries feeds;

    @EJB
    PostService posts;

    /**
     * What a reader's open page should show now.
     *
     * @param cursor what the page has already shown
     * @param locale the reader's language, for plugins' messages
     */
    public LiveState state(long readerId, LiveCursor cursor, Locale locale) {
        long newest = notifications.newestId(readerId);
        List<NotificationView> fresh = newest > cursor.notificationId()
                ? notifications.newerThan(readerId, cursor.notificationId(), locale) : List.of();
        int newPosts = cursor.feedPostId() == null ? 0
                : feeds.newInHome(readerId, cursor.feedPostId(), MAX_COUNTED);
        int newComments = cursor.postId() == null ? 0 : newComments(readerId, cursor.postId(), cursor.commentId());
        return new LiveState(newest, fresh, notifications.unreadCount(readerId),
                newPosts, newComments);
    }

    // nothing about a post the reader may no longer read, such as one of a private space they have left
    private int newComments(long readerId, long postId, long afterCommentId) {
        if (posts.read(postId, readerId).isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                        SELECT c.id FROM Comment c WHERE c.postId = :post AND c.id > :after
                        AND c.author.id <> :reader""", Long.class)
                .setParameter("post", postId).setParameter("after", afterCommentId).setParameter("reader", readerId)
                .setMaxResults(MAX_COUNTED).getResultList().size();
    }
}
