package org.agora.search.sources;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.feed.model.Post;
import org.agora.search.SearchSource;
import org.agora.search.index.SearchItem;
import org.agora.spaces.model.Space;

/**
 * Posts, readable by the readers of their space, or by everyone on the company-wide feed. Plugins' content items,
 * which are posts too, come from their own source.
 */
@Stateless
public class PostSource implements SearchSource {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return ItemTypes.POST;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space WHERE p.id IN :ids"
                                + " AND p.pluginId IS NULL",
                        Post.class)
                .setParameter("ids", ids).getResultStream().map(PostSource::item).toList();
    }

    static SearchItem item(Post p) {
        Space s = p.getSpace();
        return new SearchItem(ItemTypes.POST, p.getId(), s == null ? 0 : s.getId(), s == null ? null : s.getName(),
                null, RichText.toPlainText(p.getBody()), p.getAuthor().getId(), p.getAuthor().getName(),
                p.getCreatedAt(), References.of(p.getBody()).hashtags(), null, "/posts/" + p.getId(), null);
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("SELECT p.id FROM Post p WHERE p.id > :after AND p.pluginId IS NULL ORDER BY p.id",
                        Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.pluginId IS NULL", Long.class).getSingleResult();
    }
}
