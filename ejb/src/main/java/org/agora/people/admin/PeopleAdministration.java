package org.agora.people.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.people.AccountService;
import org.agora.people.Administrators;
import org.agora.people.links.IssuedLink;
import org.agora.people.links.PasswordLinks;
import org.agora.people.model.AccountStatus;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.requests.PerRequest;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * The administrators' view of people: the list searched and paged in the database (it stays fast with tens of
 * thousands of people), and the role each person holds.
 */
@Stateless
public class PeopleAdministration {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Administrators administrators;

    @Inject
    PerRequest perRequest;

    @EJB
    AccountService accounts;

    @EJB
    PasswordLinks links;

    /**
     * Adds a new hire and makes the link with which they choose their password, in one transaction.
     *
     * @param sendMail true to mail them the link, if a mail server is configured
     * @param language the administrator's language, for the mail
     * @throws InvalidInputException if a field breaks a rule or someone has that e-mail address already
     */
    public IssuedLink add(String name, String email, String department, String jobTitle, long adminId,
                          boolean sendMail, Locale language) {
        long id = accounts.addPerson(name, email, department, jobTitle).id();
        return links.issue(id, adminId, sendMail, language);
    }

    /** What the administrator looks for: words in names, e-mail addresses or departments, and filters. */
    public record Search(String words, AccountFilter filter, Optional<Role> role) {
        public Search {
            words = words == null ? "" : words.strip();
        }

        /** @return the search as an SQL condition on the table {@code person}, without the host's own account */
        String condition() {
            return "email <> ? AND " + filter.condition() + (words.isEmpty() ? "" : " AND " + MATCHES)
                    + (role.isEmpty() ? "" : " AND role = ?");
        }

        /** Gives the condition's parameters, in their order. */
        Query bind(Query query) {
            int at = 1;
            query.setParameter(at++, Person.ANONYMOUS_EMAIL);
            if (!words.isEmpty()) {
                String pattern = pattern(words);
                for (int i = 0; i < 3; i++) {
                    query.setParameter(at++, pattern);
                }
            }
            if (role.isPresent()) {
                query.setParameter(at, role.get().name());
            }
            return query;
        }
    }

    private static final String MATCHES = "(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(email) LIKE ? ESCAPE '\\'"
            + " OR LOWER(department) LIKE ? ESCAPE '\\')";

    private static String pattern(String words) {
        return "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    /**
     * @return one page of the people found, by name. The page's ids come first, read in name order through the
     *     index on names, which stops after the page: asked for whole people in JPQL, Derby read and sorted every
     *     person's row for each page (with 10,000 people, most of the list's time). The index is named in Derby's
     *     override, which other databases read as a comment.
     */
    public List<PersonAccount> find(Search search, int offset, int limit) {
        List<Long> ids = ids(search, Math.max(0, offset), limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> found = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Person::getId, p -> p));
        return ids.stream().map(found::get).filter(Objects::nonNull).map(PeopleAdministration::account).toList();
    }

    private List<Long> ids(Search search, int offset, int limit) {
        List<?> ids = search.bind(em.createNativeQuery("SELECT id FROM person --DERBY-PROPERTIES index=PERSON_NAME\n"
                        + "WHERE " + search.condition() + " ORDER BY name, id"))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** @return how many people the search finds */
    public long count(Search search) {
        return ((Number) search.bind(em.createNativeQuery("SELECT COUNT(*) FROM person WHERE " + search.condition()))
                .getSingleResult()).longValue();
    }

    /** @return how many people have an account in that state */
    public long count(AccountStatus status) {
        return em.createQuery("SELECT COUNT(p) FROM Person p WHERE p.status = :status AND p.email <> '"
                        + Person.ANONYMOUS_EMAIL + "'", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    public Optional<PersonAccount> account(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).filter(p -> !p.isSystemAccount())
                .map(PeopleAdministration::account);
    }

    /** The most links mailed at once, so that one click stays one short transaction. */
    public static final int MOST_LINKS_AT_ONCE = 500;

    /**
     * Mails a password link to each active person the search finds who has no password yet, such as people just
     * imported, up to {@link #MOST_LINKS_AT_ONCE}.
     *
     * @return how many links were mailed
     * @throws InvalidInputException if no mail server is configured
     */
    public int mailLinks(Search search, long adminId, Locale language) {
        if (!links.canMail()) {
            throw new InvalidInputException("mail", "error.link.noMail");
        }
        Search waiting = new Search(search.words(), AccountFilter.WITHOUT_PASSWORD, search.role());
        List<Long> ids = ids(waiting, 0, MOST_LINKS_AT_ONCE);
        ids.forEach(id -> links.issue(id, adminId, true, language));
        return ids.size();
    }

    /**
     * Gives a person a company-wide role.
     *
     * @param role the name of a {@link Role}
     * @throws InvalidInputException for an unknown role, an erased person, or the last administrator
     */
    public PersonAccount setRole(long personId, String role) {
        Role newRole = parseRole(role);
        Person person = em.find(Person.class, personId);
        if (person == null || person.isSystemAccount() || person.getStatus().erased()) {
            throw new UnknownItemException("error.person.id");
        }
        if (person.getRole() != newRole) {
            if (!newRole.administers()) {
                administrators.checkMayStop(person);
            }
            person.grant(newRole, Instant.now());
            perRequest.forget();
        }
        return account(person);
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "error.role.unknown");
        }
    }

    static PersonAccount account(Person p) {
        return new PersonAccount(p.getId(), p.getName(), p.getEmail(), p.getDepartment(), p.getJobTitle(),
                p.getRole().name(), p.getStatus().name(), p.getPasswordHash() != null);
    }
}
