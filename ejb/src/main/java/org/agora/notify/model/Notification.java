package org.agora.notify.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agora.people.model.Person;

/**
 * Something a person should know about: a post that mentions them, a comment on their post, a reply to their
 * comment, a reaction to their post; private to its recipient, and never about what they did themselves.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** What happened. */
    public enum Kind {
        MENTION,
        COMMENT,
        REPLY,
        REACTION,
        /** a message from a plugin, with its own text and link */
        PLUGIN,
        /** an invitation to a space: its name as the message, the space's page as the link */
        INVITATION,
        /** a message in a one-to-one conversation or a group: the conversation's name as the message */
        MESSAGE,
        /** a mention in a conversation's message: the conversation's name as the message */
        CHAT_MENTION,
        /** an invitation to a call started in a conversation: the conversation's name as the message */
        CALL,
        /** a request to join a private space approved: the space's name as the message, its page as the link */
        JOIN_APPROVED,
        /** a request to join a private space refused: the space's name as the message, its page as the link */
        JOIN_REFUSED,
        /** someone asks to join a space one manages: the space's name as the message, its settings as the link */
        JOIN_REQUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "message")
    private String message;

    @Column(name = "link")
    private String link;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "message_args")
    private String messageArgs;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    // for its recipient's eyes only: exports of their data leave out what it says and where it leads
    private boolean confidential;

    protected Notification() {
    }

    /** A notification that {@code actor} mentioned the recipient in a post. */
    public static Notification mention(long recipientId, Person actor, long postId, Instant now) {
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.actor = Objects.requireNonNull(actor);
        n.kind = Kind.MENTION;
        n.postId = postId;
        n.createdAt = now;
        return n;
    }

    /** A notification that {@code actor} invited the recipient to a space, answered on the space's page. */
    public static Notification invitation(long recipientId, Person actor, String spaceSlug, String spaceName,
                                          Instant now) {
        return aboutSpace(recipientId, actor, Kind.INVITATION, spaceName, "/spaces/" + spaceSlug, now);
    }

    /** A notification that {@code actor} approved or refused the recipient's request to join a space. */
    public static Notification joinAnswer(long recipientId, Person actor, String spaceSlug, String spaceName,
                                          boolean approved, Instant now) {
        return aboutSpace(recipientId, actor, approved ? Kind.JOIN_APPROVED : Kind.JOIN_REFUSED, spaceName,
                "/spaces/" + spaceSlug, now);
    }

    /** A notification to a manager of a space that {@code actor} asks to join it. */
    public static Notification joinRequest(long recipientId, Person actor, String spaceSlug, String spaceName,
                                           Instant now) {
        return aboutSpace(recipientId, actor, Kind.JOIN_REQUEST, spaceName, "/spaces/" + spaceSlug + "/settings",
                now);
    }

    // something about a space that the actor did: its name in the line, a page of the space as the link
    private static Notification aboutSpace(long recipientId, Person actor, Kind kind, String spaceName, String link,
                                           Instant now) {
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.actor = Objects.requireNonNull(actor);
        n.kind = kind;
        n.message = spaceName;
        n.link = link;
        n.createdAt = now;
        return n;
    }

    /** @return true for a request to join a space, or the answer to one */
    public boolean isAboutJoining() {
        return kind == Kind.JOIN_APPROVED || kind == Kind.JOIN_REFUSED || kind == Kind.JOIN_REQUEST;
    }

    /**
     * A notification of a message in a conversation: one that {@code actor} wrote to the recipient
     * ({@link Kind#MESSAGE}), or one that mentions them ({@link Kind#CHAT_MENTION}).
     *
     * @param title the conversation's name as the recipient sees it, or null for a one-to-one conversation
     */
    public static Notification chat(Kind kind, long recipientId, Person actor, String title, long conversationId,
                                     long messageId, Instant now) {
        if (kind != Kind.MESSAGE && kind != Kind.CHAT_MENTION && kind != Kind.CALL) {
            throw new IllegalArgumentException("not a kind of chat notification: " + kind);
        }
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.actor = Objects.requireNonNull(actor);
        n.kind = kind;
        n.message = title;
        n.link = chatLink(conversationId) + messageId;
        n.createdAt = now;
        return n;
    }

    /** @return the start of the links of a conversation's notifications, followed by a message's id */
    public static String chatLink(long conversationId) {
        return "/messages/" + conversationId + "#message-";
    }

    /** @return true for a notification of a conversation's message */
    public boolean isChat() {
        return kind == Kind.MESSAGE || kind == Kind.CHAT_MENTION || kind == Kind.CALL;
    }

    /** @return true for an invitation to a space */
    public boolean isInvitation() {
        return kind == Kind.INVITATION;
    }

    /** A notification from a plugin: its text, and a link inside the plugin's pages. */
    public static Notification fromPlugin(long recipientId, String pluginId, String message, String link,
                                          Instant now) {
        if (!link.startsWith("/m/" + pluginId + "/")) {
            throw new IllegalArgumentException("a plugin notification leads to the plugin's pages: " + link);
        }
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.kind = Kind.PLUGIN;
        n.pluginId = pluginId;
        n.message = message;
        n.link = link;
        n.createdAt = now;
        return n;
    }

    /**
     * A notification from a plugin worded by a message of its bundle, which the list words in the reader's language.
     *
     * @param english the message in English, shown when the plugin no longer runs
     */
    public static Notification fromPluginMessage(long recipientId, String pluginId, String english, String key,
                                                 List<String> arguments, String link, Instant now) {
        Notification n = fromPlugin(recipientId, pluginId, english, link, now);
        n.messageKey = Objects.requireNonNull(key);
        n.messageArgs = MessageArguments.encode(arguments);
        return n;
    }

    /**
     * @param kept true if only the recipient may ever read it
     * @return this notification
     */
    public Notification keptFromOthers(boolean kept) {
        confidential = kept;
        return this;
    }

    /** @return true if only the recipient may ever read it */
    public boolean isConfidential() {
        return confidential;
    }

    /** @return the plugin that sent this notification, or null */
    public String getPluginId() {
        return pluginId;
    }

    /** @return the key of the plugin's message that words this notification, if a plugin sent it so */
    public Optional<String> getMessageKey() {
        return Optional.ofNullable(messageKey);
    }

    /** @return the values of the plugin's message */
    public List<String> getMessageArguments() {
        return MessageArguments.decode(messageArgs);
    }

    /** @return true for a notification from a plugin */
    public boolean isFromPlugin() {
        return kind == Kind.PLUGIN;
    }

    public String getMessage() {
        return message;
    }

    /**
     * Who hears of a new comment: the post's author, and for a reply the author of the comment replied to (told of
     * the reply only, if they wrote both); never the comment's own author.
     *
     * @param parentAuthorId the author of the comment replied to, or null
     * @return the kind of notification for each recipient
     */
    public static Map<Long, Kind> forComment(long authorId, long postAuthorId, Long parentAuthorId) {
        Map<Long, Kind> recipients = new LinkedHashMap<>();
        recipients.put(postAuthorId, Kind.COMMENT);
        if (parentAuthorId != null) {
            recipients.put(parentAuthorId, Kind.REPLY);
        }
        recipients.remove(authorId);
        return recipients;
    }

    /**
     * A notification of a comment, a reply or a reaction.
     *
     * @param commentId the comment it is about, or null for a reaction
     * @return nothing if the recipient is the actor: nobody is told of what they did themselves
     */
    public static Optional<Notification> about(Kind kind, long recipientId, Person actor, long postId, Long commentId,
                                               Instant now) {
        if (kind == Kind.MENTION || kind == Kind.PLUGIN || kind == Kind.INVITATION || isChatKind(kind)) {
            throw new IllegalArgumentException("mentions and plugin messages have their own factories");
        }
        if (Objects.equals(actor.getId(), recipientId)) {
            return Optional.empty();
        }
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.actor = actor;
        n.kind = kind;
        n.postId = postId;
        n.commentId = commentId;
        n.createdAt = now;
        return Optional.of(n);
    }

    private static boolean isChatKind(Kind kind) {
        return kind == Kind.MESSAGE || kind == Kind.CHAT_MENTION || kind == Kind.CALL;
    }

    /** @return where the notification leads: the post, or the comment on it */
    public String link() {
        if (isFromPlugin() || isInvitation() || isChat() || isAboutJoining()) {
            return link;
        }
        return "/posts/" + postId + (commentId == null ? "" : "#comment-" + commentId);
    }

    /** @return true if the person may see this notification: only its recipient */
    public boolean isFor(long personId) {
        return recipientId == personId;
    }

    /** Marks the notification read, once: the first reading time is kept. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Records that the notification went out by mail, so that no digest repeats it. */
    public void mailed(Instant now) {
        mailedAt = now;
    }

    /** @return the person told */
    public Long getRecipientId() {
        return recipientId;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public Person getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    /** @return the comment it is about, or null */
    public Long getCommentId() {
        return commentId;
    }

    public Long getPostId() {
        return postId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
