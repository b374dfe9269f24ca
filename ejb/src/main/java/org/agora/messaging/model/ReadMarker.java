package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far one reader has read one conversation: the id of the newest message they have seen. */
@Entity
@Table(name = "chat_read")
@IdClass(ConversationMember.Key.class)
public class ReadMarker {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    protected ReadMarker() {
    }

    public ReadMarker(long conversationId, long personId) {
        this.conversationId = conversationId;
        this.personId = personId;
    }

    /**
     * Moves the marker forward; a marker never goes back, so an old tab cannot make read messages unread.
     *
     * @return true if it moved
     */
    public boolean readUpTo(long messageId) {
        if (messageId <= lastReadId) {
            return false;
        }
        lastReadId = messageId;
        return true;
    }

    public long getLastReadId() {
        return lastReadId;
    }
}
