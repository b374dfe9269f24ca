package org.agora.people;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.people.model.EmailAddress;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.requests.PerRequest;
import org.agora.validation.InvalidInputException;

/**
 * Accounts: signing in, the administrator account created by the first visitor of a new installation, and the
 * employees administrators add one by one.
 *
 * <p>A singleton, so that two first visitors cannot both become administrator.
 */
@Singleton
@Lock(LockType.READ)
public class AccountService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PerRequest perRequest;

    @Inject
    Event<PersonChanged> searchable;

    @Inject
    Passwords passwords;

    /** @return true while nobody administers this installation, so the set-up page is open */
    public boolean needsFirstAdmin() {
        // asked by every readiness probe: the first administrator found is enough, where a count read every person
        return em.createNamedQuery("Person.idsByRole", Long.class).setParameter("role", Role.ADMIN)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Creates the first administrator.
     *
     * @throws SetupClosedException if an administrator exists already
     * @throws InvalidInputException if a field breaks a rule
     */
    @Lock(LockType.WRITE)
    public PersonSummary createFirstAdmin(String name, String email, String password) {
        if (!needsFirstAdmin()) {
            throw new SetupClosedException();
        }
        String address = address(email);
        checkName(name);
        Instant now = Instant.now();
        Person admin = find(address).orElseGet(() -> new Person(address, name, Role.ADMIN, now));
        admin.describe(name, admin.getDepartment(), admin.getJobTitle(), now);
        admin.grant(Role.ADMIN, now);
        perRequest.forget();
        admin.setPasswordHash(passwords.hash(password), now);
        if (admin.getId() == null) {
            em.persist(admin);
        }
        em.flush();
        searchable.fire(new PersonChanged(admin.getId()));
        return PersonSummary.of(admin);
    }

    /**
     * Adds one employee, as an administrator does for a new hire between two imports of the staff directory. They
     * choose their password through a link (see {@code PasswordLinks}).
     *
     * @throws InvalidInputException if a field breaks a rule or someone has that e-mail address already
     */
    @Lock(LockType.WRITE)
    public PersonSummary addPerson(String name, String email, String department, String jobTitle) {
        String address = address(email);
        checkName(name);
        checkLength("department", department);
        checkLength("jobTitle", jobTitle);
        if (find(address).isPresent()) {
            throw new InvalidInputException("email", "error.account.email.taken");
        }
        Instant now = Instant.now();
        Person person = new Person(address, name, Role.MEMBER, now);
        person.describe(name, department, jobTitle, now);
        em.persist(person);
        em.flush();
        searchable.fire(new PersonChanged(person.getId()));
        return PersonSummary.of(person);
    }

    private static String address(String email) {
        return EmailAddress.normalise(email)
                .orElseThrow(() -> new InvalidInputException("email", "error.account.email"));
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "error.account.name.empty");
        }
        if (name.strip().length() > Person.MAX_NAME) {
            throw new InvalidInputException("name", "error.account.name.long", Person.MAX_NAME);
        }
    }

    private static void checkLength(String field, String value) {
        if (value != null && value.strip().length() > Person.MAX_TEXT) {
            throw new InvalidInputException(field, "error.account.text.long", Person.MAX_TEXT);
        }
    }

    /**
     * @return the person if the e-mail address and password match an account that may sign in
     */
    public Optional<PersonSummary> signIn(String email, String password) {
        Optional<Person> person = EmailAddress.normalise(email).flatMap(this::find);
        // the password is checked even without an account, so that both take the same time
        boolean matches = passwords.matches(password, person.map(Person::getPasswordHash).orElse(null));
        return matches ? person.filter(p -> p.getStatus().active()).map(PersonSummary::of) : Optional.empty();
    }

    /** @return one page of the people directory, by name */
    public List<PersonSummary> directory(int offset, int limit) {
        return em.createQuery("SELECT p FROM Person p WHERE " + Person.LISTED + " ORDER BY p.name, p.id", Person.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit)
                .getResultStream().map(PersonSummary::of).toList();
    }

    /** @return how many people the directory lists */
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Person p WHERE " + Person.LISTED, Long.class)
                .getSingleResult();
    }

    public Optional<PersonSummary> summary(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(PersonSummary::of);
    }

    /**
     * @return the person with an account in use: a deactivated or erased person is nobody here, so that a session
     *         they opened before ends at their next request
     */
    public Optional<PersonSummary> byEmail(String email) {
        return EmailAddress.normalise(email).flatMap(this::find).filter(p -> p.getStatus().active())
                .map(PersonSummary::of);
    }

    private Optional<Person> find(String normalisedEmail) {
        return em.createNamedQuery("Person.byEmail", Person.class)
                .setParameter("email", normalisedEmail)
                .getResultStream().findFirst();
    }
}
