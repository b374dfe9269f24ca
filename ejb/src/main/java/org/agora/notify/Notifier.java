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
import org.agora.comments.CommentWritten;
import org.agora.feed.PostMentioned;
import org.agora.feed.PostService;
import org.agora.feed.model.Post;
import org.agora.notify.model.Notification;
import org.agora.people.model.Person;
import org.agora.plugins.runtime.PluginTexts;
import org.agora.reactions.PostReacted;
import org.agora.spaces.InvitationAnswered;
import org.agora.spaces.JoinAnswered;
import org.agora.spaces.JoinRequested;
import org.agora.spaces.MemberInvited;
import org.agora.spaces.SpaceAccess;

/**
 * Creates people's notifications of what happens: mentions, comments, replies and reactions (unless they muted the
 * post or its space, and only where they may read), invitations and requests to join, messages, plugins' notices.
 */
@Stateless
public class Notifier {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceAccess spaces;

    @EJB
    PostService posts;

    @EJB
    MuteService mutes;

    @Inject
    Event<NotificationCreated> created;

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
}
