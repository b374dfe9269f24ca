package org.agora.people.profile;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.people.KeptReading;
import org.agora.people.PeopleChanges;
import org.agora.people.profile.model.ProfileField;
import org.agora.people.profile.model.Tags;

/**
 * What the people directory reads of the whole company, kept for every reader rather than read on each page: its
 * departments and size, and the names and profile values that its filters match, already folded. Each scanned every
 * person (10,000 people: a third of a plain directory page, most of a filtered one). None of it is shown as it is:
 * a filtered page still checks, with the profiles as they are now, who lets the reader see the field it matched.
 * Everything is read again after a person changes on this server, and at the latest after
 * {@link KeptReading#KEPT}, for changes made on another server or in bulk.
 */
@ApplicationScoped
public class DirectoryCache {

    /** A person's name or profile value, {@link Tags#fold folded}. */
    record Folded(long personId, String text) {
    }

    private record Totals(List<String> departments, long people) {
    }

    /** The people and their values, for the directory's criteria on profile fields. */
    private static final Map<ProfileField, String> VALUES = Map.of(
            ProfileField.LOCATION, "SELECT pr.personId, pr.location FROM Profile pr WHERE pr.location IS NOT NULL",
            ProfileField.EXPERTISE, "SELECT pr.personId, e FROM Profile pr JOIN pr.expertise e",
            ProfileField.INTERESTS, "SELECT pr.personId, i FROM Profile pr JOIN pr.interests i");

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PeopleChanges changes;

    private KeptReading<Totals> totals;
    private KeptReading<List<Folded>> names;
    private final Map<ProfileField, KeptReading<List<Folded>>> values = new EnumMap<>(ProfileField.class);

    @PostConstruct
    void keep() {
        totals = changes.kept(() -> {
            DirectorySql company = new DirectorySql(em);
            return new Totals(company.departments().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                    company.count());
        });
        names = changes.kept(() -> new DirectorySql(em).names().stream()
                .map(r -> new Folded(((Number) r[0]).longValue(), Tags.fold((String) r[1]))).toList());
        VALUES.forEach((field, query) -> values.put(field, changes.kept(() -> em.createQuery(query, Object[].class)
                .getResultStream()
                .filter(r -> r[1] != null)
                .map(r -> new Folded((Long) r[0], Tags.fold((String) r[1]))).toList())));
    }

    /** @return the departments of active people, sorted without regard to case */
    List<String> departments() {
        return totals.get().departments();
    }

    /** @return how many people the directory lists */
    long people() {
        return totals.get().people();
    }

    /** @return the names of the people the directory lists, in its order */
    List<Folded> names() {
        return names.get();
    }

    /** @return every person's values of a field (location, expertise or interests), whoever may see them */
    List<Folded> values(ProfileField field) {
        return values.get(field).get();
    }
}
