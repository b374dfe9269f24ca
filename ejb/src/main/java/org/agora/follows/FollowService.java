package org.agora.follows;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.agora.follows.model.Follow;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceAccess;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/**
 * Following colleagues and spaces. The home feed then shows their posts, only where the reader may read them: a
 * follow never opens a private space.
 */
@Stateless
public class FollowService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceAccess spaces;

    /** Follows or unfollows a colleague. */
    public void followPerson(long followerId, long personId, boolean follow) {
        if (em.find(Person.class, personId) == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        if (followerId == personId) {
            throw new AccessDeniedException("error.follow.self");
        }
        set(followerId, Follow.Kind.PERSON, personId, follow);
    }

    /** Follows or unfollows a space the follower may read without being a member. */
    public void followSpace(long followerId, long spaceId, boolean follow) {
        if (follow && !spaces.access(spaceId, followerId).canRead()) {
            throw new AccessDeniedException("error.follow.space");
        }
        set(followerId, Follow.Kind.SPACE, spaceId, follow);
    }

    public boolean follows(long followerId, Follow.Kind kind, long targetId) {
        return !find(followerId, kind, targetId).isEmpty();
    }

    /** @return the ids of the people, or spaces, that the follower follows */
    public List<Long> followed(long followerId, Follow.Kind kind) {
        return em.createQuery("SELECT f.targetId FROM Follow f WHERE f.followerId = :follower AND f.kind = :kind",
                        Long.class)
                .setParameter("follower", followerId).setParameter("kind", kind).getResultList();
    }

    /** @return how many people follow the person or space */
    public long followers(Follow.Kind kind, long targetId) {
        return em.createQuery("SELECT COUNT(f) FROM Follow f WHERE f.kind = :kind AND f.targetId = :target",
                        Long.class)
                .setParameter("kind", kind).setParameter("target", targetId).getSingleResult();
    }

    private void set(long followerId, Follow.Kind kind, long targetId, boolean follow) {
        List<Follow> existing = find(followerId, kind, targetId);
        if (follow && existing.isEmpty()) {
            em.persist(new Follow(followerId, kind, targetId, Instant.now()));
        } else if (!follow) {
            existing.forEach(em::remove);
        }
    }

    private List<Follow> find(long followerId, Follow.Kind kind, long targetId) {
        return em.createQuery("""
                        SELECT f FROM Follow f
                        WHERE f.followerId = :follower AND f.kind = :kind AND f.targetId = :target""", Follow.class)
                .setParameter("follower", followerId).setParameter("kind", kind).setParameter("target", targetId)
                .getResultList();
    }
}
