package org.agora.mentions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.mentions.model.Handle;
import org.agora.mentions.model.NameMatch;
import org.agora.people.PersonChanged;
import org.agora.people.model.Person;

/**
 * The people a mention may name, with their names folded, sorted as suggestions are: kept for every writer rather
 * than read and folded at each letter typed (10,000 people: tens of milliseconds a letter). Read again after a person
 * changes on this server, and at the latest after {@link #KEPT}, for changes made on another server.
 */
@ApplicationScoped
public class MentionCandidates {

    static final Duration KEPT = Duration.ofSeconds(30);

    /** A person who may be suggested, folded for matching. */
    record Candidate(MentionSuggestion person, NameMatch.Folded folded) {
    }

    private record Kept(List<Candidate> people, Instant readAt, long changes) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    private volatile Kept kept;
    /** Changes seen; a list read before the last one is read again, even if its reading ended after it. */
    private final AtomicLong changes = new AtomicLong();

    /** @return the people the directory lists, by folded name, then handle */
    List<Candidate> people() {
        Kept known = kept;
        if (known == null || known.changes() != changes.get() || known.readAt().plus(KEPT).isBefore(Instant.now())) {
            long before = changes.get();
            Instant at = Instant.now();
            known = new Kept(read(), at, before);
            kept = known;
        }
        return known.people();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonChanged changed) {
        changes.incrementAndGet();
    }

    private List<Candidate> read() {
        return em.createQuery("SELECT p.id, p.name, p.email, p.jobTitle FROM Person p WHERE " + Person.LISTED,
                        Object[].class)
                .getResultStream()
                .map(r -> new MentionSuggestion((Long) r[0], (String) r[1], Handle.of((String) r[2]), (String) r[3]))
                .map(s -> new Candidate(s, NameMatch.Folded.of(s.name(), s.handle())))
                .sorted(Comparator.comparing((Candidate c) -> c.folded().name())
                        .thenComparing(c -> c.person().handle()))
                .toList();
    }
}
