package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.agora.content.Mentioned;
import org.agora.content.RenderedText;
import org.agora.people.model.Person;

/**
 * A message in a conversation, in Markdown, perhaps a reply in the thread of another message, or the notice that a
 * call started with its link, or that it ended. Deleting one leaves a trace in its place, so that replies keep their
 * thread.
 */
@Entity
@Table(name = "chat_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    @Column(name = "parent_id")
    private Long parentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Embedded
    private RenderedText text;

    @Column(name = "call_url")
    private String callUrl;

    @Column(name = "call_ended_at")
    private Instant callEndedAt;

    @Column(name = "call_seconds")
    private Integer callSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Message() {
    }

    private Message(long conversationId, Long parentId, Person author, String markdown, Mentioned people,
                    Instant now) {
        this.conversationId = conversationId;
        this.parentId = parentId;
        this.author = Objects.requireNonNull(author);
        this.text = RenderedText.of(markdown, people);
        this.createdAt = now;
    }

    /** @return a new message, in the thread of {@code parent} if not null (a reply to a reply joins its thread) */
    public static Message write(long conversationId, Message parent, Person author, MessageText text,
                                Mentioned people, Instant now) {
        if (parent != null && parent.conversationId != conversationId) {
            throw new IllegalArgumentException("a reply is in its parent's conversation");
        }
        return new Message(conversationId, parent == null ? null : parent.threadId(), author, text.markdown(),
                people, now);
    }

    /** @return the notice that the author started a call at that address */
    public static Message call(long conversationId, Person author, String url, Instant now) {
        Message m = new Message(conversationId, null, author, url, Mentioned.NOBODY, now);
        m.callUrl = url;
        return m;
    }

    /** @return true if the person may end the call this notice started: its starter, while it goes on */
    public boolean callEndableBy(long personId) {
        return isCallStart() && callEndedAt == null && deletedAt == null && Objects.equals(author.getId(), personId);
    }

    /**
     * Ends the call this notice started.
     *
     * @return the notice that the call ended, with how long it lasted
     * @throws IllegalStateException if the person may not end it ({@link #callEndableBy})
     */
    public Message endCall(long personId, Instant now) {
        if (!callEndableBy(personId)) {
            throw new IllegalStateException("only the starter ends a call, once");
        }
        callEndedAt = now;
        Message ended = new Message(conversationId, null, author, callUrl, Mentioned.NOBODY, now);
        ended.callUrl = callUrl;
        ended.callSeconds = (int) Math.max(0, Duration.between(createdAt, now).toSeconds());
        return ended;
    }

    /** @return true for the notice that a call started */
    public boolean isCallStart() {
        return callUrl != null && callSeconds == null;
    }

    /** @return when the call this notice started ended, or null while it goes on (or for other messages) */
    public Instant getCallEndedAt() {
        return callEndedAt;
    }

    /** @return for the notice that a call ended, how many seconds it lasted; otherwise null */
    public Integer getCallSeconds() {
        return callSeconds;
    }

    /** @return the id of the message whose thread this one belongs to */
    public long threadId() {
        return parentId == null ? id : parentId;
    }

    /** @return true if the person may edit or delete it: only its author, while it is there and not a call */
    public boolean editableBy(long personId) {
        return Objects.equals(author.getId(), personId) && deletedAt == null && callUrl == null;
    }

    /** Replaces the text; the message shows as edited from now on. */
    public void edit(MessageText text, Mentioned people, Instant now) {
        this.text = RenderedText.of(text.markdown(), people);
        editedAt = now;
    }

    /**
     * Replaces the mentions of a handle by text that names nobody, as erasing the person it named does; the message
     * does not show as edited, since its author did not edit it.
     *
     * @param named the people of the handles the text still mentions, for the links
     * @return true if the text mentioned the handle
     */
    public boolean unmention(String handle, String replacement, Function<Collection<String>, Mentioned> named) {
        Optional<RenderedText> unmentioned = text.unmentioned(handle, replacement, named);
        unmentioned.ifPresent(t -> text = t);
        return unmentioned.isPresent();
    }

    /** Removes the text, leaving a trace that a message was there. */
    public void delete(Instant now) {
        text = RenderedText.none();
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Person getAuthor() {
        return author;
    }

    public String getBody() {
        return text.markdown();
    }

    public String getBodyHtml() {
        return text.html();
    }

    /** @return the call's address for the notice of a call, or null */
    public String getCallUrl() {
        return callUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
