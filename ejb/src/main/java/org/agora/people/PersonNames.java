package org.agora.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.agora.people.model.AccountStatus;
import org.agora.people.model.Person;

/**
 * Tells which authors are shown under a name in the reader's language rather than their stored one: the anonymous
 * author and erased people ("a former employee"). Their stored name is written once, in one language; each reader
 * must read it in theirs.
 */
@ApplicationScoped
public class PersonNames {

    /** How a person's name is shown. */
    public enum Shown {
        /** their own stored name */
        NAME,
        /** the anonymous author of anonymous content items */
        ANONYMOUS,
        /** an erased person whose content the company kept */
        FORMER_EMPLOYEE
    }

    private static final String WORDS = "org.agora.people.names";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** How long the unnamed people are kept: changes on another server (an erasure) show after at most this. */
    static final Duration KEPT = Duration.ofSeconds(30);

    /** The unnamed people (few: one anonymous author and the erased), when read. */
    private record Unnamed(Map<Long, Shown> people, Instant readAt) {
    }

    /** Read again after a person changes on this server, or once {@link #KEPT} has passed. */
    private volatile Unnamed unnamed;

    /** @return how the person's name is shown; {@link Shown#NAME} for an unknown id or null */
    public Shown shown(Long personId) {
        if (personId == null) {
            return Shown.NAME;
        }
        Unnamed known = unnamed;
        if (known == null || known.readAt().plus(KEPT).isBefore(Instant.now())) {
            known = new Unnamed(load(), Instant.now());
            unnamed = known;
        }
        return known.people().getOrDefault(personId, Shown.NAME);
    }

    /**
     * @param storedName the name stored with what they wrote
     * @return the name to show for the person to a reader of that language
     */
    public String name(Long personId, String storedName, Locale locale) {
        Shown shown = shown(personId);
        if (shown == Shown.NAME) {
            return storedName;
        }
        return ResourceBundle.getBundle(WORDS, locale, PersonNames.class.getClassLoader(), NO_FALLBACK)
                .getString(shown.name());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonChanged changed) {
        unnamed = null;
    }

    private Map<Long, Shown> load() {
        Map<Long, Shown> found = new HashMap<>();
        em.createQuery("SELECT p.id, p.email, p.status FROM Person p WHERE p.email = :anonymous"
                        + " OR p.status IN :erased", Object[].class)
                .setParameter("anonymous", Person.ANONYMOUS_EMAIL)
                .setParameter("erased", List.of(AccountStatus.ERASING, AccountStatus.ERASED))
                .getResultStream()
                .forEach(row -> found.put((Long) row[0], Person.ANONYMOUS_EMAIL.equals(row[1])
                        ? Shown.ANONYMOUS : Shown.FORMER_EMPLOYEE));
        return Map.copyOf(found);
    }
}
