package org.agora.people.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.people.PersonChanged;

/**
 * The directory's list of departments and its number of people, read once for every reader rather than on each page:
 * both scan the whole company (10,000 people: a third of a directory page's time). Neither is private: every
 * employee sees them. They are read again after a person changes on this server, and at the latest after
 * {@link #KEPT}, for changes made on another server or in bulk.
 */
@ApplicationScoped
public class DirectoryTotals {

    static final Duration KEPT = Duration.ofSeconds(30);

    /** What the directory lists, as read at a moment. */
    record Totals(List<String> departments, long people, Instant readAt) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    private volatile Totals totals;

    /** @return the departments of active people, sorted without regard to case */
    List<String> departments() {
        return current().departments();
    }

    /** @return how many people the directory lists */
    long people() {
        return current().people();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonChanged changed) {
        totals = null;
    }

    private Totals current() {
        Totals known = totals;
        if (known == null || known.readAt().plus(KEPT).isBefore(Instant.now())) {
            DirectorySql company = new DirectorySql(em);
            known = new Totals(company.departments().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                    company.count(), Instant.now());
            totals = known;
        }
        return known;
    }
}
