package org.agora.privacy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.agora.people.model.Person;
import org.agora.privacy.model.PrivacyAccess;
import org.agora.privacy.model.PrivacyAccess.Action;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/** The administrators' door to personal data: checks that an administrator asks, and writes down each access. */
@Stateless
public class PrivacyAudit {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Checks that the asker is an administrator and the person exists, and logs the access.
     *
     * @throws AccessDeniedException unless an administrator asks
     * @throws UnknownItemException if nobody has that id
     */
    public void adminAccess(long adminId, long personId, Action action) {
        Person admin = activeAdmin(adminId);
        if (em.find(Person.class, personId) == null) {
            throw new UnknownItemException("error.person.id");
        }
        if (adminId != personId) {
            em.persist(new PrivacyAccess(personId, adminId, admin.getName(), action, Instant.now()));
        }
    }

    /** @return the administrators' accesses to the person's data, newest first */
    public List<AccessView> accesses(long personId) {
        return em.createQuery("SELECT a FROM PrivacyAccess a WHERE a.personId = :person ORDER BY a.id DESC",
                        PrivacyAccess.class).setParameter("person", personId).setMaxResults(200)
                .getResultStream().map(a -> new AccessView(a.getAdminName(), a.getAction().name(), a.getAt()))
                .toList();
    }

    /**
     * @return the administrator who acts on someone's personal data: only an active one does
     * @throws AccessDeniedException unless an active administrator asks
     */
    public Person activeAdmin(long adminId) {
        Person admin = em.find(Person.class, adminId);
        if (admin == null || !admin.getRole().administers() || !admin.getStatus().active()) {
            throw new AccessDeniedException("error.privacy.admin");
        }
        return admin;
    }
}
