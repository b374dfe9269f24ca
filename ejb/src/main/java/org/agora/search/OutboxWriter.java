package org.agora.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.comments.CommentChanged;
import org.agora.documents.DocumentChanged;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;
import org.agora.messaging.ChatEvent;
import org.agora.messaging.MessagesChanged;
import org.agora.people.PersonChanged;
import org.agora.search.model.OutboxEntry;
import org.agora.search.sources.ItemTypes;
import org.agora.spaces.SpaceChanged;

/**
 * Writes each change of searchable content into the outbox, in the transaction of the change: the row commits or
 * rolls back with it. The indexer picks the rows up after commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OutboxWriter {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<OutboxWritten> written;

    public void onPost(@Observes PostPublished post) {
        queue(ItemTypes.POST, post.postId());
    }

    public void onPostDeleted(@Observes PostDeleted post) {
        queue(ItemTypes.POST, post.postId());
    }

    public void onComment(@Observes CommentChanged comment) {
        queue(ItemTypes.COMMENT, comment.commentId());
    }

    public void onPerson(@Observes PersonChanged person) {
        queue(ItemTypes.PERSON, person.personId());
    }

    public void onSpace(@Observes SpaceChanged space) {
        queue(ItemTypes.SPACE, space.spaceId());
    }

    public void onDocument(@Observes DocumentChanged document) {
        queue(ItemTypes.DOCUMENT, document.documentId());
    }

    public void onMessage(@Observes ChatEvent event) {
        switch (event.type()) {
            case MESSAGE, EDITED, DELETED -> queue(ItemTypes.MESSAGE, event.messageId());
            default -> {
                // reactions, reads and members change no message's text; readers are checked when searching
            }
        }
    }

    public void onMessages(@Observes MessagesChanged messages) {
        messages.messageIds().forEach(id -> queue(ItemTypes.MESSAGE, id));
    }

    public void onItem(@Observes SearchItemChanged item) {
        queue(item.type(), item.id());
    }

    private void queue(String type, long id) {
        em.persist(new OutboxEntry(type, id, Instant.now()));
        written.fire(new OutboxWritten());
    }
}
