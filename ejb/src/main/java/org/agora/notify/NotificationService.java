package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.comments.CommentWritten;
import org.agora.feed.PostMentioned;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.Post;
import org.agora.notify.model.Notification;
import org.agora.people.model.Person;
import org.agora.plugins.runtime.PluginTexts;
import org.agora.reactions.PostReacted;
import org.agora.spaces.InvitationAnswered;
import org.agora.spaces.MemberInvited;
import org.agora.spaces.SpaceService;
import org.agora.validation.UnknownItemException;

/**
 * A person's notifications: created for mentions, comments, replies and reactions, listed, counted and marked read,
 * for their owner only.
 */
@Stateless
public class NotificationService {

    /** The most notifications the list shows. */
    public static final int LIST_SIZE = 50;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceService spaces;

    @EJB
    PostService posts;

    @Inject
    PluginTexts pluginTexts;

    /**
     * Notifies each person a post mentions, if they may read it: a mention in a space they may not read notifies
     * nobody, so it reveals nothing.
     */
    public void mentioned(PostMentioned event) {
        Person author = em.find(Person.class, event.authorId());
        Instant now = Instant.now();
        for (long personId : event.mentioned()) {
            boolean mayRead = event.spaceId() == null || spaces.access(event.spaceId(), personId).canRead();
            if (mayRead && personId != event.authorId()) {
                em.persist(Notification.mention(personId, author, event.postId(), now));
            }
        }
    }

    /** Tells a person they are invited to a space, with the way to answer. */
    public void invited(MemberInvited event) {
        Person manager = em.find(Person.class, event.invitedBy());
        em.persist(Notification.invitation(event.personId(), manager, event.spaceSlug(), event.spaceName(),
                event.at()));
    }

    /** Marks a person's invitations to a space read once they have answered. */
    public void answered(InvitationAnswered event) {
        Instant now = Instant.now();
        em.createQuery("""
                        SELECT n FROM Notification n WHERE n.recipientId = :owner AND n.kind = :kind
                        AND n.link = :link AND n.readAt IS NULL""", Notification.class)
                .setParameter("owner", event.personId()).setParameter("kind", Notification.Kind.INVITATION)
                .setParameter("link", "/spaces/" + event.spaceSlug())
                .getResultStream().forEach(n -> n.markRead(now));
    }

    /**
     * Puts a plugin's message in a person's notifications.
     *
     * @throws IllegalArgumentException if nobody has that id
     */
    public void fromPlugin(String pluginId, long recipientId, String message, String link) {
        checkRecipient(recipientId);
        em.persist(Notification.fromPlugin(recipientId, pluginId, message, link, Instant.now()));
    }

    /**
     * Puts a plugin's notification worded by a message of its bundle in a person's notifications; the list words it
     * in the reader's language each time it is shown.
     *
     * @throws IllegalArgumentException if nobody has that id
     */
    public void fromPlugin(String pluginId, long recipientId, String key, List<String> arguments, String link) {
        checkRecipient(recipientId);
        String english = pluginTexts.text(pluginId, key, arguments, Locale.ENGLISH).orElse(key);
        em.persist(Notification.fromPluginMessage(recipientId, pluginId, english, key, arguments, link,
                Instant.now()));
    }

    private void checkRecipient(long recipientId) {
        if (em.find(Person.class, recipientId) == null) {
            throw new IllegalArgumentException("nobody has the id " + recipientId);
        }
    }

    /**
     * Tells the post's author of a new comment, and the author of the comment replied to of a reply, if they may
     * still read the post; never the comment's own author.
     */
    public void commented(CommentWritten event) {
        Post post = em.find(Post.class, event.postId());
        Person actor = em.find(Person.class, event.authorId());
        Instant now = Instant.now();
        Notification.forComment(event.authorId(), post.getAuthor().getId(), event.parentAuthorId())
                .forEach((recipient, kind) -> {
                    if (posts.read(event.postId(), recipient).isPresent()) {
                        Notification.about(kind, recipient, actor, event.postId(), event.commentId(), now)
                                .ifPresent(em::persist);
                    }
                });
    }

    /**
     * Tells the post's author of a reaction, if they may still read the post, once while unread: taking a reaction
     * back and giving it again does not notify twice.
     */
    public void reacted(PostReacted event) {
        Post post = em.find(Post.class, event.postId());
        long recipient = post.getAuthor().getId();
        long unread = em.createQuery("""
                        SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipient AND n.actor.id = :actor
                        AND n.kind = :kind AND n.postId = :post AND n.readAt IS NULL""", Long.class)
                .setParameter("recipient", recipient).setParameter("actor", event.personId())
                .setParameter("kind", Notification.Kind.REACTION).setParameter("post", event.postId())
                .getSingleResult();
        if (unread == 0 && posts.read(event.postId(), recipient).isPresent()) {
            Notification.about(Notification.Kind.REACTION, recipient, em.find(Person.class, event.personId()),
                    event.postId(), null, Instant.now()).ifPresent(em::persist);
        }
    }

    /**
     * @param locale the reader's language, in which plugins' messages are worded
     * @return the owner's newest notifications (at most {@value #LIST_SIZE}) about posts they may still read
     */
    public List<NotificationView> list(long ownerId, Locale locale) {
        List<Notification> mine = em.createQuery("""
                        SELECT n FROM Notification n LEFT JOIN FETCH n.actor
                        WHERE n.recipientId = :owner ORDER BY n.id DESC""", Notification.class)
                .setParameter("owner", ownerId).setMaxResults(LIST_SIZE).getResultList();
        Map<Long, PostView> readable = readable(mine, ownerId);
        return mine.stream().filter(n -> n.getPostId() == null || readable.containsKey(n.getPostId()))
                .map(n -> n.isFromPlugin()
                        ? new NotificationView(n.getId(), "plugin", pluginText(n, locale), n.link(),
                                n.getCreatedAt(), n.isRead())
                        : n.isInvitation()
                        ? new NotificationView(n.getId(), "invitation", n.getActor().getName(), n.link(),
                                n.getCreatedAt(), n.isRead(), n.getMessage())
                        : new NotificationView(n.getId(), n.getKind().name().toLowerCase(Locale.ROOT),
                                n.getActor().getName(), n.link(), n.getCreatedAt(), n.isRead()))
                .toList();
    }

    // the plugin's bundle at display time, so that each reader gets their language; the English text when it is gone
    private String pluginText(Notification n, Locale locale) {
        return n.getMessageKey().flatMap(key -> pluginTexts.text(n.getPluginId(), key, n.getMessageArguments(),
                locale)).orElse(n.getMessage());
    }

    /** @return how many of the owner's notifications are unread, about posts they may still read */
    public long unreadCount(long ownerId) {
        // counted by post in the database: the bell is on every page, and unread notifications pile up
        List<Object[]> rows = em.createQuery("""
                        SELECT n.kind, n.postId, COUNT(n) FROM Notification n
                        WHERE n.recipientId = :owner AND n.readAt IS NULL GROUP BY n.kind, n.postId""", Object[].class)
                .setParameter("owner", ownerId).getResultList();
        Set<Long> postIds = rows.stream().filter(r -> r[1] != null)
                .map(r -> (Long) r[1]).collect(Collectors.toSet());
        Set<Long> readable = posts.readableIds(postIds, ownerId);
        return rows.stream().filter(r -> r[1] == null || readable.contains((Long) r[1]))
                .mapToLong(r -> ((Number) r[2]).longValue()).sum();
    }

    /**
     * Marks one of the owner's notifications read.
     *
     * @return where the notification leads
     * @throws UnknownItemException if the notification does not exist or belongs to someone else
     */
    public String open(long notificationId, long ownerId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.isFor(ownerId)) {
            throw new UnknownItemException("error.notification.unknown");
        }
        n.markRead(Instant.now());
        return n.link();
    }

    /** Marks all the owner's notifications read. */
    public void markAllRead(long ownerId) {
        Instant now = Instant.now();
        em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :owner AND n.readAt IS NULL",
                        Notification.class)
                .setParameter("owner", ownerId).getResultStream().forEach(n -> n.markRead(now));
    }

    // a person removed from a private space keeps no trace of its posts: such notifications are hidden
    private Map<Long, PostView> readable(List<Notification> notifications, long ownerId) {
        Set<Long> postIds = notifications.stream().map(Notification::getPostId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return posts.readable(postIds, ownerId);
    }
}
