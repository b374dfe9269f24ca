package org.agora.search.sources;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.agora.search.SearchSource;
import org.agora.search.index.SearchItem;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceKind;

/**
 * Spaces by name and description. Public and private spaces are listed for every employee; a secret space is only
 * found by its members, so it is filed under its own id, which only they may read.
 */
@Stateless
public class SpaceSource implements SearchSource {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return ItemTypes.SPACE;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s, s.createdAt FROM Space s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream().map(row -> {
                    Space s = (Space) row[0];
                    return new SearchItem(ItemTypes.SPACE, s.getId(), s.getKind() == SpaceKind.SECRET ? s.getId() : 0,
                            null, s.getName(), s.getDescription(), 0, null, (Instant) row[1], null, null,
                            "/spaces/" + s.getSlug(), null);
                }).toList();
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("SELECT s.id FROM Space s WHERE s.id > :after ORDER BY s.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM Space s", Long.class).getSingleResult();
    }
}
