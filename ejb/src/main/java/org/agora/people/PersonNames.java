package org.agora.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @Inject
    PeopleChanges changes;

    /** The unnamed people (few: one anonymous author and the erased). */
    private KeptReading<Map<Long, Shown>> unnamed;

    @PostConstruct
    void keep() {
        unnamed = changes.kept(this::load);
    }

    /** @return how the person's name is shown; {@link Shown#NAME} for an unknown id or null */
    public Shown shown(Long personId) {
        if (personId == null) {
            return Shown.NAME;
        }
        return unnamed.get().getOrDefault(personId, Shown.NAME);
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
