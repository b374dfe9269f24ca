package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.agora.validation.InvalidInputException;

/** A conversation: one-to-one, a named group, or a space's channel; it remembers its newest message for lists. */
@Entity
@Table(name = "chat_conversation")
public class Conversation {

    /** The most people a group holds. */
    public static final int MAX_GROUP = 50;

    /** The longest name of a group. */
    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationKind kind;

    private String name;

    @Column(name = "pair_key")
    private String pairKey;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_message_id")
    private Long lastMessageId;

    @Column(name = "last_message_at")
    private Instant lastMessageAt;

    protected Conversation() {
    }

    private Conversation(ConversationKind kind, Instant now) {
        this.kind = kind;
        this.createdAt = now;
    }

    /**
     * @return the one conversation of two different people
     * @throws InvalidInputException if they are the same person
     */
    public static Conversation direct(long one, long other, Instant now) {
        Conversation c = new Conversation(ConversationKind.DIRECT, now);
        c.pairKey = pairKey(one, other);
        return c;
    }

    /** @return a group with that name, checked ({@link #groupName}) */
    public static Conversation group(String name, Instant now) {
        Conversation c = new Conversation(ConversationKind.GROUP, now);
        c.name = groupName(name);
        return c;
    }

    /** @return the chat channel of a space */
    public static Conversation channel(long spaceId, Instant now) {
        Conversation c = new Conversation(ConversationKind.SPACE, now);
        c.spaceId = spaceId;
        return c;
    }

    /**
     * The key that makes a pair of people share one conversation, whichever of them starts it.
     *
     * @throws InvalidInputException if both are the same person
     */
    public static String pairKey(long one, long other) {
        if (one == other) {
            throw new InvalidInputException("person", "error.conversation.self");
        }
        return Math.min(one, other) + ":" + Math.max(one, other);
    }

    /**
     * @return the name without surrounding spaces
     * @throws InvalidInputException if empty or longer than {@value #MAX_NAME} characters
     */
    public static String groupName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidInputException("name", "error.conversation.name");
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidInputException("name", "error.conversation.nameTooLong", MAX_NAME);
        }
        return n;
    }

    /**
     * Checks the size of a group about to have this many members.
     *
     * @throws InvalidInputException if more than {@value #MAX_GROUP}, or fewer than two
     */
    public static void checkGroupSize(int members) {
        if (members > MAX_GROUP) {
            throw new InvalidInputException("members", "error.conversation.tooMany", MAX_GROUP);
        }
        if (members < 2) {
            throw new InvalidInputException("members", "error.conversation.tooFew");
        }
    }

    /** Renames a group. */
    public void rename(String newName) {
        if (kind != ConversationKind.GROUP) {
            throw new InvalidInputException("name", "error.conversation.rename");
        }
        name = groupName(newName);
    }

    /** Remembers the newest message, for the list of conversations. */
    public void received(long messageId, Instant at) {
        if (lastMessageId == null || messageId > lastMessageId) {
            lastMessageId = messageId;
            lastMessageAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public ConversationKind getKind() {
        return kind;
    }

    /** @return the group's name, or null for other kinds */
    public String getName() {
        return name;
    }

    /** @return the space of a channel, or null */
    public Long getSpaceId() {
        return spaceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return the newest message's id, or null before the first */
    public Long getLastMessageId() {
        return lastMessageId;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    @Override
    public String toString() {
        return kind + " conversation " + id + (name == null ? "" : " " + Objects.toString(name));
    }
}
