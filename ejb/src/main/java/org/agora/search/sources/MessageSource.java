package org.agora.search.sources;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.content.RichText;
import org.agora.messaging.model.Conversation;
import org.agora.messaging.model.ConversationKind;
import org.agora.messaging.model.Message;
import org.agora.search.SearchSource;
import org.agora.search.index.SearchItem;

/**
 * Messages of conversations, found only by the people who read their conversation now (its members, or a space's
 * members for its channel), administrators included only if they read it. Deleted messages and call notices are not
 * searched. A hit opens the conversation at the message.
 */
@Stateless
public class MessageSource implements SearchSource {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return ItemTypes.MESSAGE;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                        SELECT m, c FROM Message m JOIN FETCH m.author, Conversation c
                        WHERE c.id = m.conversationId AND m.id IN :ids AND m.deletedAt IS NULL
                        AND m.callUrl IS NULL""", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<Long, String> spaceNames = new HashMap<>();
        List<Long> spaceIds = rows.stream().map(r -> ((Conversation) r[1]).getSpaceId())
                .filter(Objects::nonNull).distinct().toList();
        if (!spaceIds.isEmpty()) {
            em.createQuery("SELECT s.id, s.name FROM Space s WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", spaceIds).getResultStream()
                    .forEach(r -> spaceNames.put((Long) r[0], (String) r[1]));
        }
        return rows.stream().map(r -> item((Message) r[0], (Conversation) r[1], spaceNames)).toList();
    }

    private static SearchItem item(Message m, Conversation c, Map<Long, String> spaceNames) {
        boolean channel = c.getKind() == ConversationKind.SPACE;
        // a group's name shows where the message was; a one-to-one conversation's other side differs per reader
        String where = channel ? spaceNames.get(c.getSpaceId()) : c.getName();
        return new SearchItem(ItemTypes.MESSAGE, m.getId(), channel ? c.getSpaceId() : 0, where, null,
                RichText.toPlainText(m.getBody()), m.getAuthor().getId(), m.getAuthor().getName(), m.getCreatedAt(),
                null, null, link(c.getId(), m.getId()), null, null, c.getId());
    }

    /** @return the conversation's page that ends with the message, scrolled to it */
    static String link(long conversationId, long messageId) {
        return "/messages/" + conversationId + "?before=" + (messageId + 1) + "#message-" + messageId;
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("""
                        SELECT m.id FROM Message m WHERE m.id > :after AND m.deletedAt IS NULL AND m.callUrl IS NULL
                        ORDER BY m.id""", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.deletedAt IS NULL AND m.callUrl IS NULL",
                Long.class).getSingleResult();
    }
}
