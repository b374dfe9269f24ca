package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.feed.PostService;
import org.agora.notify.model.Mute;
import org.agora.notify.model.Mute.Target;
import org.agora.spaces.SpaceAccess;
import org.agora.validation.UnknownItemException;

/** The posts and spaces a person has muted: no notification comes about them. */
@Stateless
public class MuteService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    SpaceAccess spaces;

    /**
     * Mutes or unmutes a post or a space for a person who may read it.
     *
     * @throws UnknownItemException if it does not exist or the person may not read it
     */
    public void mute(long personId, Target target, long targetId, boolean muted) {
        if (target == Target.CHAT) {
            throw new IllegalArgumentException("conversations are muted by their members, through messaging");
        }
        boolean readable = target == Target.POST ? posts.read(targetId, personId).isPresent()
                : spaces.access(targetId, personId).canRead();
        if (!readable) {
            throw new UnknownItemException(target == Target.POST ? "error.post.unknown" : "error.space.unknown");
        }
        Mute existing = em.find(Mute.class, new Mute.Key(personId, target, targetId));
        if (muted && existing == null) {
            em.persist(new Mute(personId, target, targetId, Instant.now()));
        } else if (!muted && existing != null) {
            em.remove(existing);
        }
    }

    /** @return true if the person has muted that post or space */
    public boolean isMuted(long personId, Target target, long targetId) {
        return em.find(Mute.class, new Mute.Key(personId, target, targetId)) != null;
    }

    /** @return true if the person has muted the post or the space it is in (null for a company-wide post) */
    public boolean silences(long personId, long postId, Long spaceId) {
        return em.createQuery("""
                        SELECT COUNT(m) FROM Mute m WHERE m.personId = :person
                        AND ((m.target = :post AND m.targetId = :postId)
                          OR (m.target = :space AND m.targetId = :spaceId))""", Long.class)
                .setParameter("person", personId).setParameter("post", Target.POST).setParameter("postId", postId)
                .setParameter("space", Target.SPACE).setParameter("spaceId", spaceId == null ? -1L : spaceId)
                .getSingleResult() > 0;
    }
}
