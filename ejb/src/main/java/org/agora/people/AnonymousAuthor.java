package org.agora.people;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.people.model.Person;

/**
 * The author of anonymous content items: a system account created by the migrations, which nobody signs in with
 * and which the directory, the people picker, mentions, people search and counts leave out.
 */
@Stateless
public class AnonymousAuthor {

    /** Its e-mail address, in a domain that cannot exist. */
    public static final String EMAIL = Person.ANONYMOUS_EMAIL;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return the anonymous author's person id */
    public long id() {
        return em.createQuery("SELECT p.id FROM Person p WHERE p.email = :email",
                Long.class).setParameter("email", EMAIL).getSingleResult();
    }
}
