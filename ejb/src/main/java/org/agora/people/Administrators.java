package org.agora.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.validation.InvalidInputException;

/**
 * The rule that Agora always keeps an administrator who can sign in: the last one can neither lose the role nor
 * be deactivated, or nobody could administer the installation any more.
 */
@ApplicationScoped
public class Administrators {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return how many administrators can sign in */
    public long active() {
        return em.createNamedQuery("Person.countByRole", Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    /**
     * Checks that the person may stop administering Agora (lose the role or the account).
     *
     * @throws InvalidInputException if they are the last administrator who can sign in
     */
    public void checkMayStop(Person person) {
        if (person.getRole().administers() && person.getStatus().active() && active() <= 1) {
            throw new InvalidInputException("person", "error.admin.last");
        }
    }
}
