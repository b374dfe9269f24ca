package org.agora.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.agora.people.Administrators;
import org.agora.people.PersonChanged;
import org.agora.people.model.EmailAddress;
import org.agora.people.model.Person;
import org.agora.privacy.model.PrivacyAccess.Action;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Closing the account of someone who left, which is not erasing them: they cannot sign in (a session they had ends
 * at its next request), they leave the directory, search and suggestions, their content stays under their name
 * marked "former employee", and an administrator can open the account again or erase it later.
 */
@Stateless
public class Deactivation {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PrivacyAudit audit;

    @Inject
    Event<PersonChanged> searchable;

    @Inject
    Administrators administrators;

    /** @return the person with that e-mail address, whatever the state of their account */
    public Optional<PrivacyPerson> find(String email) {
        return EmailAddress.normalise(email).flatMap(address -> em.createNamedQuery("Person.byEmail", Person.class)
                .setParameter("email", address).getResultStream().findFirst())
                .filter(p -> !p.isSystemAccount()).map(Deactivation::view);
    }

    /** @return the person with that id, whatever the state of their account */
    public Optional<PrivacyPerson> byId(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).filter(p -> !p.isSystemAccount())
                .map(Deactivation::view);
    }

    /**
     * @throws InvalidInputException for oneself, a person erased, or the last administrator
     */
    public PrivacyPerson deactivate(long adminId, long personId) {
        audit.adminAccess(adminId, personId, Action.DEACTIVATE);
        if (adminId == personId) {
            throw new InvalidInputException("person", "error.privacy.self");
        }
        Person person = person(personId);
        if (person.getStatus().erased()) {
            throw new InvalidInputException("person", "error.privacy.erased");
        }
        administrators.checkMayStop(person);
        person.deactivate(Instant.now());
        searchable.fire(new PersonChanged(personId));
        return view(person);
    }

    /**
     * @throws InvalidInputException for a person erased
     */
    public PrivacyPerson reactivate(long adminId, long personId) {
        audit.adminAccess(adminId, personId, Action.REACTIVATE);
        Person person = person(personId);
        if (person.getStatus().erased()) {
            throw new InvalidInputException("person", "error.privacy.erased");
        }
        person.reactivate(Instant.now());
        searchable.fire(new PersonChanged(personId));
        return view(person);
    }

    /** @return a person of the company; the host's own accounts (the anonymous author) are nobody's to change */
    static Person person(EntityManager em, long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.isSystemAccount()) {
            throw new UnknownItemException("error.person.id");
        }
        return person;
    }

    private Person person(long personId) {
        return person(em, personId);
    }

    private static PrivacyPerson view(Person p) {
        return new PrivacyPerson(p.getId(), p.getName(), p.getEmail(), p.getStatus().name());
    }
}
