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
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.Post;
import org.agora.content.RichText;
import org.agora.notify.model.Notification;
import org.agora.notify.model.NotificationGroup;
import org.agora.people.PersonNames;
import org.agora.people.model.Person;
import org.agora.people.profile.Initials;
import org.agora.people.profile.ProfileService;
import org.agora.plugins.runtime.PluginTexts;
import org.agora.reactions.PostReacted;
import org.agora.spaces.InvitationAnswered;
import org.agora.spaces.JoinAnswered;
import org.agora.spaces.JoinRequested;
import org.agora.spaces.MemberInvited;
import org.agora.spaces.SpaceService;
import org.agora.validation.UnknownItemException;

/**
 * A person's notifications: created for mentions, comments, replies and reactions (unless they muted the post or its
 * space), listed in lines grouped by kind and post, counted and marked read, for their owner only.
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

    @EJB
    ProfileService profiles;

    @EJB
    MuteService mutes;

    @Inject
    PersonNames names;

    @Inject
    jakarta.enterprise.event.Event<NotificationCreated> created;

    @Inject
    jakarta.enterprise.event.Event<NotificationsRead> read;

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
            if (mayRead && personId != event.authorId()
                    && !mutes.silences(personId, event.postId(), event.spaceId())) {
                store(Notification.mention(personId, author, event.postId(), now));
            }
        }
    }

    /** Tells a person they are invited to a space, with the way to answer. */
    public void invited(MemberInvited event) {
        Person manager = em.find(Person.class, event.invitedBy());
        store(Notification.invitation(event.personId(), manager, event.spaceSlug(), event.spaceName(), event.at()));
    }

    /** Tells the managers of a private space that someone asks to join it, answered from its settings. */
    public void joinRequested(JoinRequested event) {
        Person asker = em.find(Person.class, event.personId());
        for (long manager : event.managerIds()) {
            store(Notification.joinRequest(manager, asker, event.spaceSlug(), event.spaceName(), event.at()));
        }
    }

    /**
     * Tells a person who asked to join a private space that a manager let them in, or not; the managers' notices of
     * the request are read from then on.
     */
    public void joinAnswered(JoinAnswered event) {
        Instant now = Instant.now();
        em.createQuery("""
                        SELECT n FROM Notification n WHERE n.kind = :kind AND n.link = :link
                        AND n.actor.id = :person AND n.readAt IS NULL""", Notification.class)
                .setParameter("kind", Notification.Kind.JOIN_REQUEST)
                .setParameter("link", "/spaces/" + event.spaceSlug() + "/settings")
                .setParameter("person", event.personId())
                .getResultStream().forEach(n -> n.markRead(now));
        Person manager = em.find(Person.class, event.answeredBy());
        store(Notification.joinAnswer(event.personId(), manager, event.spaceSlug(), event.spaceName(),
                event.approved(), event.at()));
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
     * Tells a person of a message in a conversation, once while a notification of that kind about the conversation
     * is unread: a lively conversation makes one line, not one per message.
     *
     * @param kind  {@link Notification.Kind#MESSAGE} or {@link Notification.Kind#CHAT_MENTION}
     * @param title the conversation's name as the recipient sees it, or null for a one-to-one conversation
     */
    public void chat(Notification.Kind kind, long recipientId, long actorId, String title, long conversationId,
                     long messageId) {
        long unread = em.createQuery("""
                        SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipient AND n.kind = :kind
                        AND n.link LIKE :link AND n.readAt IS NULL""", Long.class)
                .setParameter("recipient", recipientId).setParameter("kind", kind)
                .setParameter("link", Notification.chatLink(conversationId) + "%").getSingleResult();
        if (unread == 0) {
            store(Notification.chat(kind, recipientId, em.find(Person.class, actorId), title, conversationId,
                    messageId, Instant.now()));
        }
    }

    /** Marks a person's notifications of a conversation read, as opening it does. */
    public void readChat(long personId, long conversationId) {
        Instant now = Instant.now();
        em.createQuery("""
                        SELECT n FROM Notification n WHERE n.recipientId = :owner AND n.link LIKE :link
                        AND n.readAt IS NULL""", Notification.class)
                .setParameter("owner", personId).setParameter("link", Notification.chatLink(conversationId) + "%")
                .getResultStream().filter(Notification::isChat).forEach(n -> n.markRead(now));
    }

    /**
     * Puts a plugin's message in a person's notifications.
     *
     * @throws IllegalArgumentException if nobody has that id
     */
    public void fromPlugin(String pluginId, long recipientId, String message, String link, boolean confidential) {
        checkRecipient(recipientId);
        store(Notification.fromPlugin(recipientId, pluginId, message, link, Instant.now()).keptFromOthers(
                confidential));
    }

    /**
     * Puts a plugin's notification worded by a message of its bundle in a person's notifications; the list words it
     * in the reader's language each time it is shown.
     *
     * @throws IllegalArgumentException if nobody has that id
     */
    public void fromPlugin(String pluginId, long recipientId, String key, List<String> arguments, String link,
                           boolean confidential) {
        checkRecipient(recipientId);
        String english = pluginTexts.text(pluginId, key, arguments, Locale.ENGLISH).orElse(key);
        store(Notification.fromPluginMessage(recipientId, pluginId, english, key, arguments, link,
                Instant.now()).keptFromOthers(confidential));
    }

    // stored, then told to observers such as the mailer, which write in this transaction
    private void store(Notification n) {
        em.persist(n);
        created.fire(new NotificationCreated(n));
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
                    if (posts.read(event.postId(), recipient).isPresent() && !muted(recipient, post)) {
                        Notification.about(kind, recipient, actor, event.postId(), event.commentId(), now)
                                .ifPresent(this::store);
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
        if (unread == 0 && posts.read(event.postId(), recipient).isPresent() && !muted(recipient, post)) {
            Notification.about(Notification.Kind.REACTION, recipient, em.find(Person.class, event.personId()),
                    event.postId(), null, Instant.now()).ifPresent(this::store);
        }
    }

    private boolean muted(long recipient, Post post) {
        return mutes.silences(recipient, post.getId(), post.getSpace() == null ? null : post.getSpace().getId());
    }

    /**
     * @param locale the reader's language, in which plugins' messages are worded
     * @return the owner's newest lines of notifications (at most {@value #LIST_SIZE}), each grouping those of one
     *     kind about one post, about posts they may still read
     */
    public List<NotificationView> list(long ownerId, Locale locale) {
        return views(ownerId, groups(ownerId, Long.MAX_VALUE, LIST_SIZE), locale);
    }

    /**
     * @return the lines of the owner's notifications newer than {@code afterId} that they may see now, each as it
     *     reads with all the notifications of its line (newest line first)
     */
    public List<NotificationView> newerThan(long ownerId, long afterId, Locale locale) {
        List<NotificationGroup> all = groups(ownerId, Long.MAX_VALUE, LIST_SIZE);
        return views(ownerId, all.stream().filter(g -> g.newest().getId() > afterId).toList(), locale);
    }

    /** @return the id of the owner's newest notification, 0 if none */
    public long newestId(long ownerId) {
        Long newest = em.createQuery("SELECT MAX(n.id) FROM Notification n WHERE n.recipientId = :owner", Long.class)
                .setParameter("owner", ownerId).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /**
     * Words notifications as lines (grouped by kind and post), without checking who may read them: for callers that
     * have checked, such as mails.
     *
     * @param newestFirst notifications of one owner, newest first
     */
    public List<NotificationView> describe(long ownerId, List<Notification> newestFirst, Locale locale) {
        return views(ownerId, NotificationGroup.of(newestFirst), locale);
    }

    // the notifications read at most to make the lines of a list: a line may hold many
    private static final int READ_AT_MOST = 500;

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

    private List<NotificationView> views(long ownerId, List<NotificationGroup> groups, Locale locale) {
        Set<Long> actorIds = groups.stream().map(NotificationGroup::newest).map(Notification::getActor)
                .filter(java.util.Objects::nonNull).map(Person::getId).collect(Collectors.toSet());
        Map<Long, String> photos = profiles.photoVersions(actorIds);
        Map<Long, String> comments = commentTexts(groups.stream().map(g -> g.newest().getCommentId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return groups.stream().map(g -> view(g, photos, comments, locale)).toList();
    }

    private NotificationView view(NotificationGroup g, Map<Long, String> photos, Map<Long, String> comments,
                                  Locale locale) {
        Notification n = g.newest();
        if (n.isFromPlugin()) {
            return new NotificationView(n.getId(), "plugin", pluginText(n, locale), 0, null,
                    Initials.of(n.getPluginId()), null, null, n.link(), n.getCreatedAt(), n.isRead());
        }
        List<Person> actors = g.actors();
        Person actor = actors.isEmpty() ? null : actors.getFirst();
        String actorName = actor == null ? "" : names.name(actor.getId(), actor.getName(), locale);
        if (n.isInvitation() || n.isChat() || n.isAboutJoining()) {
            return new NotificationView(n.getId(), n.isChat() || n.isAboutJoining() ? kindName(n) : "invitation",
                    actorName, 0,
                    actor == null ? null : actor.getId(), Initials.of(actorName),
                    actor == null ? null : photos.get(actor.getId()), null, n.link(), n.getCreatedAt(), n.isRead(),
                    n.getMessage());
        }
        String snippet = n.getCommentId() != null ? comments.get(n.getCommentId()) : postText(n.getPostId());
        return new NotificationView(n.getId(), n.getKind().name().toLowerCase(Locale.ROOT),
                actorName, Math.max(0, actors.size() - 1),
                actor == null ? null : actor.getId(), Initials.of(actorName),
                actor == null ? null : photos.get(actor.getId()), snippet == null ? null : Snippets.of(snippet),
                n.link(), n.getCreatedAt(), !g.isUnread());
    }

    // a message in a one-to-one conversation names no conversation: "Alice wrote to you"
    private static String kindName(Notification n) {
        if (n.getMessage() == null && n.getKind() != Notification.Kind.CHAT_MENTION) {
            return "direct_" + n.getKind().name().toLowerCase(Locale.ROOT);
        }
        return n.getKind().name().toLowerCase(Locale.ROOT);
    }

    // the post was loaded to check it may be read: found again in the persistence context, not the database
    private String postText(Long postId) {
        Post post = postId == null ? null : em.find(Post.class, postId);
        if (post == null) {
            return null;
        }
        return post.item().map(ItemContent::title).orElseGet(() -> RichText.toPlainText(post.getBody()));
    }

    private Map<Long, String> commentTexts(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.id, c.body FROM Comment c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> RichText.toPlainText((String) r[1])));
    }

    // the plugin's bundle at display time, so that each reader gets their language; the English text when it is gone
    private String pluginText(Notification n, Locale locale) {
        return n.getMessageKey().flatMap(key -> pluginTexts.text(n.getPluginId(), key, n.getMessageArguments(),
                locale)).orElse(n.getMessage());
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

    // a person removed from a private space keeps no trace of its posts: such notifications are hidden
    private Map<Long, PostView> readable(List<Notification> notifications, long ownerId) {
        Set<Long> postIds = notifications.stream().map(Notification::getPostId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return posts.readable(postIds, ownerId);
    }
}
