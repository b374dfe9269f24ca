package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.notify.model.Notification;
import org.agora.notify.model.NotificationGroup;
import org.agora.validation.UnknownItemException;

/**
 * A person's notifications as their owner sees them: listed in lines grouped by kind and post, counted and marked
 * read, for their owner only. {@link Notifier} creates them and {@link NotificationLines} words them.
 */
@Stateless
public class NotificationService {

    /** The most notifications the list shows. */
    public static final int LIST_SIZE = 50;

    // the notifications read at most to make the lines of a list: a line may hold many
    private static final int READ_AT_MOST = 500;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    NotificationLines lines;

    @Inject
    Event<NotificationsRead> read;

    /**
     * @param locale the reader's language, in which plugins' messages are worded
     * @return the owner's newest lines of notifications (at most {@value #LIST_SIZE}), each grouping those of one
     *     kind about one post, about posts they may still read
     */
    public List<NotificationView> list(long ownerId, Locale locale) {
        return lines.lines(ownerId, groups(ownerId, Long.MAX_VALUE, LIST_SIZE), locale);
    }

    /**
     * @return the lines of the owner's notifications newer than {@code afterId} that they may see now, each as it
     *     reads with all the notifications of its line (newest line first)
     */
    public List<NotificationView> newerThan(long ownerId, long afterId, Locale locale) {
        List<NotificationGroup> all = groups(ownerId, Long.MAX_VALUE, LIST_SIZE);
        return lines.lines(ownerId, all.stream().filter(g -> g.newest().getId() > afterId).toList(), locale);
    }

    /** @return the id of the owner's newest notification, 0 if none */
    public long newestId(long ownerId) {
        Long newest = em.createQuery("SELECT MAX(n.id) FROM Notification n WHERE n.recipientId = :owner", Long.class)
                .setParameter("owner", ownerId).getSingleResult();
        return newest == null ? 0 : newest;
    }

    private List<NotificationGroup> groups(long ownerId, long beforeId, int max) {
        List<Notification> mine = em.createQuery("""
                        SELECT n FROM Notification n LEFT JOIN FETCH n.actor
                        WHERE n.recipientId = :owner AND n.id < :before ORDER BY n.id DESC""", Notification.class)
                .setParameter("owner", ownerId).setParameter("before", beforeId).setMaxResults(READ_AT_MOST)
                .getResultList();
        Map<Long, PostView> readable = readable(mine, ownerId);
        List<NotificationGroup> groups = NotificationGroup.of(mine.stream()
                .filter(n -> n.isFromPlugin() || n.getPostId() == null || readable.containsKey(n.getPostId()))
                .toList());
        return groups.size() > max ? groups.subList(0, max) : groups;
    }

    // a person removed from a private space keeps no trace of its posts: such notifications are hidden
    private Map<Long, PostView> readable(List<Notification> notifications, long ownerId) {
        Set<Long> postIds = notifications.stream().map(Notification::getPostId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return posts.readable(postIds, ownerId);
    }

    /**
     * @return how many lines of the owner's notifications are unread (several notifications of one kind about one
     *     post make one line), about posts they may still read
     */
    public long unreadCount(long ownerId) {
        // counted by post in the database: the bell is on every page, and unread notifications pile up
        List<Object[]> rows = em.createQuery("""
                        SELECT n.kind, n.postId, COUNT(n) FROM Notification n
                        WHERE n.recipientId = :owner AND n.readAt IS NULL GROUP BY n.kind, n.postId""", Object[].class)
                .setParameter("owner", ownerId).getResultList();
        Set<Long> postIds = rows.stream().filter(r -> r[0] != Notification.Kind.PLUGIN && r[1] != null)
                .map(r -> (Long) r[1]).collect(Collectors.toSet());
        Set<Long> readable = posts.readableIds(postIds, ownerId);
        long lines = 0;
        for (Object[] r : rows) {
            boolean alone = r[0] == Notification.Kind.PLUGIN || r[1] == null;
            if (alone) {
                lines += ((Number) r[2]).longValue();
            } else if (readable.contains((Long) r[1])) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * Marks one of the owner's notifications read, with the others of its line (same kind, same post).
     *
     * @return where the notification leads
     * @throws UnknownItemException if the notification does not exist or belongs to someone else
     */
    public String open(long notificationId, long ownerId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.isFor(ownerId)) {
            throw new UnknownItemException("error.notification.unknown");
        }
        Instant now = Instant.now();
        n.markRead(now);
        if (!n.isFromPlugin() && n.getPostId() != null) {
            em.createQuery("""
                            SELECT n FROM Notification n WHERE n.recipientId = :owner AND n.kind = :kind
                            AND n.postId = :post AND n.readAt IS NULL""", Notification.class)
                    .setParameter("owner", ownerId).setParameter("kind", n.getKind())
                    .setParameter("post", n.getPostId()).getResultStream().forEach(other -> other.markRead(now));
        }
        read.fire(new NotificationsRead(ownerId));
        return n.link();
    }

    /** Marks all the owner's notifications read. */
    public void markAllRead(long ownerId) {
        Instant now = Instant.now();
        em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :owner AND n.readAt IS NULL",
                        Notification.class)
                .setParameter("owner", ownerId).getResultStream().forEach(n -> n.markRead(now));
        read.fire(new NotificationsRead(ownerId));
    }
}
