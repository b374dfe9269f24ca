package org.agora.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.search.index.FacetCount;

/** Names the spaces and people that facets count by id. */
@Stateless
public class FacetLabels {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return the counts with each space's name as label; company-wide items ({@code 0}) keep theirs */
    public List<FacetCount> spaces(List<FacetCount> counts) {
        Map<Long, String> names = names("SELECT s.id, s.name FROM Space s WHERE s.id IN :ids", counts);
        return counts.stream().map(c -> c.labelled(names.getOrDefault(Long.parseLong(c.value()), c.value())))
                .toList();
    }

    /** @return the counts with each author's name as label */
    public List<FacetCount> people(List<FacetCount> counts) {
        Map<Long, String> names = names("SELECT p.id, p.name FROM Person p WHERE p.id IN :ids", counts);
        return counts.stream().map(c -> c.labelled(names.getOrDefault(Long.parseLong(c.value()), c.value())))
                .toList();
    }

    private Map<Long, String> names(String jpql, List<FacetCount> counts) {
        List<Long> ids = counts.stream().map(c -> Long.parseLong(c.value())).toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
