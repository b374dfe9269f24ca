package org.agora.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.requests.PerRequest;
import org.agora.validation.AccessDeniedException;

/**
 * A person's role, read once per request however many services ask (the feed, the rights on its posts, the
 * announcements, the posting setting).
 */
@ApplicationScoped
public class Roles {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PerRequest perRequest;

    /** @return the person's role, or null when there is no such person */
    public Role of(long personId) {
        return perRequest.remember(new PerRequest.Key("role", personId), () -> {
            Person person = em.find(Person.class, personId);
            return person == null ? null : person.getRole();
        });
    }

    /** @return whether the person administers Agora; nobody unknown does */
    public boolean isAdmin(long personId) {
        Role role = of(personId);
        return role != null && role.administers();
    }

    /**
     * Refuses what only an administrator may do.
     *
     * @param refusalKey the message key of the refusal, which says what was refused
     * @throws AccessDeniedException unless the person administers Agora
     */
    public void requireAdmin(long personId, String refusalKey) {
        if (!isAdmin(personId)) {
            throw new AccessDeniedException(refusalKey);
        }
    }

    /** @return whether the person moderates posts and comments across the company: moderators, administrators */
    public boolean moderates(long personId) {
        Role role = of(personId);
        return role != null && role.moderates();
    }
}
