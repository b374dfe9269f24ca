package org.agora.search.sources;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.people.model.Person;
import org.agora.people.profile.model.Profile;
import org.agora.people.profile.model.Relation;
import org.agora.people.profile.model.VisibleFields;
import org.agora.search.SearchSource;
import org.agora.search.index.SearchItem;

/**
 * People by name, job title, department, expertise and interests. Search answers every employee alike, so only the
 * profile fields their owner shows to every colleague are indexed. People who left or were erased are not found.
 */
@Stateless
public class PersonSource implements SearchSource {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return ItemTypes.PERSON;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Profile> profiles = em.createQuery("SELECT p FROM Profile p WHERE p.personId IN :ids",
                        Profile.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Profile::getPersonId, Function.identity()));
        return em.createQuery("SELECT p, p.createdAt FROM Person p WHERE p.id IN :ids AND " + Person.LISTED,
                        Object[].class)
                .setParameter("ids", ids).getResultStream().map(row -> {
                    Person p = (Person) row[0];
                    return new SearchItem(ItemTypes.PERSON, p.getId(), 0, null, p.getName(),
                            description(p, profiles.get(p.getId())), 0, null, (Instant) row[1], null, null,
                            "/people/" + p.getId(), null);
                }).toList();
    }

    /** @return the job title, department, and the expertise and interests shown to every colleague */
    static String description(Person person, Profile profile) {
        List<String> parts = new ArrayList<>();
        parts.add(person.getJobTitle());
        parts.add(person.getDepartment());
        if (profile != null) {
            VisibleFields everyone = profile.seenBy(Relation.COLLEAGUE);
            parts.addAll(everyone.expertise());
            parts.addAll(everyone.interests());
        }
        return parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("SELECT p.id FROM Person p WHERE p.id > :after AND " + Person.LISTED
                        + " ORDER BY p.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Person p WHERE " + Person.LISTED, Long.class).getSingleResult();
    }
}
