package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person listed in a one-to-one conversation or a group. */
@Entity
@Table(name = "chat_member")
@IdClass(ConversationMember.Key.class)
public class ConversationMember {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ConversationMember() {
    }

    public ConversationMember(long conversationId, long personId, Instant now) {
        this.conversationId = conversationId;
        this.personId = personId;
        this.addedAt = now;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getPersonId() {
        return personId;
    }

    /** The primary key: a conversation and a person. */
    public static class Key implements Serializable {
        private Long conversationId;
        private Long personId;

        public Key() {
        }

        public Key(long conversationId, long personId) {
            this.conversationId = conversationId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(conversationId, k.conversationId)
                    && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, personId);
        }
    }
}
