package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A chat event as the servers pass it to one another through the database: what happened (the name of a
 * {@code ChatEvent.Type}), where, to which message and by whom.
 */
@Entity
@Table(name = "chat_event")
public class LoggedChatEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoggedChatEvent() {
    }

    public LoggedChatEvent(String kind, long conversationId, long messageId, long actorId, Instant now) {
        this.kind = kind;
        this.conversationId = conversationId;
        this.messageId = messageId;
        this.actorId = actorId;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getMessageId() {
        return messageId;
    }

    public long getActorId() {
        return actorId;
    }
}
