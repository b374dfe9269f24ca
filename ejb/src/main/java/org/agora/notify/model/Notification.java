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
import java.util.Objects;
import org.agora.people.model.Person;

/** Something a person should know about, such as a post that mentions them; private to its recipient. */
@Entity
@Table(name = "notification")
public class Notification {

    /** What happened. */
    public enum Kind {
        MENTION,
        /** a message from a plugin, with its own text and link */
        PLUGIN
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

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

    /** @return true for a notification from a plugin */
    public boolean isFromPlugin() {
        return kind == Kind.PLUGIN;
    }

    /** @return where the notification leads */
    public String link() {
        return isFromPlugin() ? link : "/posts/" + postId;
    }

    public String getMessage() {
        return message;
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

    public Long getPostId() {
        return postId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
