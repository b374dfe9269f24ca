package org.agora.plugins.content;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.Post;
import org.agora.search.SearchSource;
import org.agora.search.index.SearchItem;
import org.agora.spaces.model.Space;

/**
 * Plugins' content items of searchable types, found by their title and text, readable by the readers of their
 * space. Every plugin's items come through here, so a new plugin needs no change to search.
 */
@Stateless
public class ContentSource implements SearchSource {

    /** The search type of plugins' content items. */
    public static final String TYPE = "content";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space
                        WHERE p.id IN :ids AND p.pluginId IS NOT NULL AND p.searchable = :yes""", Post.class)
                .setParameter("ids", ids).setParameter("yes", true).getResultStream()
                .map(ContentSource::item).toList();
    }

    private static SearchItem item(Post p) {
        Space s = p.getSpace();
        ItemContent item = p.item().orElseThrow();
        return new SearchItem(TYPE, p.getId(), s == null ? 0 : s.getId(), s == null ? null : s.getName(),
                item.title(), RichText.toPlainText(p.getBody()), p.getAuthor().getId(), p.getAuthor().getName(),
                p.getCreatedAt(), References.of(p.getBody()).hashtags(), null, item.link(), null,
                kind(item.pluginId(), item.type()));
    }

    /** @return how search names a plugin's content type, such as {@code wiki.page} */
    public static String kind(String pluginId, String type) {
        return pluginId + "." + type;
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("""
                        SELECT p.id FROM Post p WHERE p.id > :after AND p.pluginId IS NOT NULL AND p.searchable = :yes
                        ORDER BY p.id""", Long.class)
                .setParameter("after", afterId).setParameter("yes", true).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.pluginId IS NOT NULL AND p.searchable = :yes",
                Long.class).setParameter("yes", true).getSingleResult();
    }
}
