package org.agora.people.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.agora.people.PersonChanged;
import org.agora.people.profile.model.ProfileField;
import org.agora.people.profile.model.Tags;

/**
 * What the people directory reads of the whole company, kept for every reader rather than read on each page: its
 * departments and size, and the names and profile values that its filters match, already folded. Each scanned every
 * person (10,000 people: a third of a plain directory page, most of a filtered one). None of it is shown as it is:
 * a filtered page still checks, with the profiles as they are now, who lets the reader see the field it matched.
 * Everything is read again after a person changes on this server, and at the latest after {@link #KEPT}, for
 * changes made on another server or in bulk.
 */
@ApplicationScoped
public class DirectoryCache {

    static final Duration KEPT = Duration.ofSeconds(30);

    /** A person's name or profile value, {@link Tags#fold folded}. */
    record Folded(long personId, String text) {
    }

    /** What was read, when, and after how many changes on this server. */
    private record Kept<T>(T value, Instant readAt, long changes) {
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

    private volatile Kept<Totals> totals;
    private volatile Kept<List<Folded>> names;
    private final Map<ProfileField, Kept<List<Folded>>> values = new ConcurrentHashMap<>();
    /** Changes seen; what was read before the last one is read again, even if a reading ended after it. */
    private final AtomicLong changes = new AtomicLong();

    /** @return the departments of active people, sorted without regard to case */
    List<String> departments() {
        return totals().departments();
    }

    /** @return how many people the directory lists */
    long people() {
        return totals().people();
    }

    /** @return the names of the people the directory lists, in its order */
    List<Folded> names() {
        Kept<List<Folded>> known = names;
        if (!fresh(known)) {
            known = read(() -> new DirectorySql(em).names().stream()
                    .map(r -> new Folded(((Number) r[0]).longValue(), Tags.fold((String) r[1]))).toList());
            names = known;
        }
        return known.value();
    }

    /** @return every person's values of a field (location, expertise or interests), whoever may see them */
    List<Folded> values(ProfileField field) {
        Kept<List<Folded>> known = values.get(field);
        if (!fresh(known)) {
            known = read(() -> em.createQuery(VALUES.get(field), Object[].class).getResultStream()
                    .filter(r -> r[1] != null)
                    .map(r -> new Folded((Long) r[0], Tags.fold((String) r[1]))).toList());
            values.put(field, known);
        }
        return known.value();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonChanged changed) {
        changes.incrementAndGet();
    }

    private boolean fresh(Kept<?> kept) {
        return kept != null && kept.changes() == changes.get() && kept.readAt().plus(KEPT).isAfter(Instant.now());
    }

    private Totals totals() {
        Kept<Totals> known = totals;
        if (!fresh(known)) {
            DirectorySql company = new DirectorySql(em);
            known = read(() -> new Totals(
                    company.departments().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), company.count()));
            totals = known;
        }
        return known.value();
    }

    private <T> Kept<T> read(Supplier<T> reading) {
        long before = changes.get();
        Instant at = Instant.now();
        return new Kept<>(reading.get(), at, before);
    }
}
