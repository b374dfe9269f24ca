package org.agora.feed;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.agora.config.AgoraConfig;
import org.agora.feed.model.FeedVisit;

/** Remembers when each person opens their home feed, so that it marks what is new since their last visit. */
@Stateless
public class VisitService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    AgoraConfig config;

    /**
     * Records a visit of the home feed's first page.
     *
     * @return the moment before which posts are not new, unless this is the person's first visit
     */
    public Optional<Instant> open(long personId) {
        Instant now = Instant.now();
        FeedVisit visit = em.find(FeedVisit.class, personId);
        if (visit == null) {
            // a first visit in two tabs at once: the person's row is locked, so that the second finds the first's
            em.createNativeQuery("UPDATE person SET email = email WHERE id = ?").setParameter(1, personId)
                    .executeUpdate();
            visit = em.find(FeedVisit.class, personId);
        }
        if (visit == null) {
            em.persist(new FeedVisit(personId, now));
            return Optional.empty();
        }
        return visit.open(now, config.visitPause());
    }

    /** @return the marker of the current visit, for the feed's older pages, without recording a visit */
    public Optional<Instant> newSince(long personId) {
        return Optional.ofNullable(em.find(FeedVisit.class, personId)).flatMap(FeedVisit::newSince);
    }
}
