package org.agora.mentions;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.agora.mentions.model.Handle;
import org.agora.mentions.model.NameMatch;
import org.agora.people.KeptReading;
import org.agora.people.PeopleChanges;
import org.agora.people.model.Person;

/**
 * The people a mention may name, with their names folded, sorted as suggestions are: kept for every writer rather
 * than read and folded at each letter typed (10,000 people: tens of milliseconds a letter). Read again after a person
 * changes on this server, and at the latest after {@link KeptReading#KEPT}, for changes made on another server.
 */
@ApplicationScoped
public class MentionCandidates {

    /** A person who may be suggested, folded for matching. */
    record Candidate(MentionSuggestion person, NameMatch.Folded folded) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PeopleChanges changes;

    private KeptReading<List<Candidate>> people;

    @PostConstruct
    void keep() {
        people = changes.kept(this::read);
    }

    /** @return the people the directory lists, by folded name, then handle */
    List<Candidate> people() {
        return people.get();
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
