package org.agora.bookmarks;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.bookmarks.model.Bookmark;
import org.agora.feed.PostGate;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.validation.UnknownItemException;

/** Saving posts to read again, and the list of saved posts a person may still read. */
@Stateless
public class BookmarkService {

    /** How many saved posts the "Saved" page shows. */
    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostGate gate;

    @EJB
    PostService posts;

    /**
     * Saves the post, or forgets it if it was saved.
     *
     * @return true if the post is saved now
     * @throws UnknownItemException if the post is unknown or hidden from the person
     */
    public boolean toggle(long postId, long personId) {
        gate.rights(postId, personId);
        return save(postId, personId, em.find(Bookmark.class, new Bookmark.Key(personId, postId)) == null);
    }

    /**
     * Saves the post ({@code saved}) or forgets it (not {@code saved}), whatever it was.
     *
     * @throws UnknownItemException if the post is unknown or hidden from the person
     */
    public void set(long postId, long personId, boolean saved) {
        gate.rights(postId, personId);
        save(postId, personId, saved);
    }

    private boolean save(long postId, long personId, boolean saved) {
        Bookmark existing = em.find(Bookmark.class, new Bookmark.Key(personId, postId));
        if (existing != null && !saved) {
            em.remove(existing);
        } else if (existing == null && saved) {
            em.persist(new Bookmark(personId, postId, Instant.now()));
        }
        return saved;
    }

    /** @return the person's saved posts that they may still read, newest-saved first */
    public List<PostView> saved(long personId) {
        List<Long> ids = em.createQuery("""
                        SELECT b.postId FROM Bookmark b WHERE b.personId = :person
                        ORDER BY b.createdAt DESC, b.postId DESC""", Long.class)
                .setParameter("person", personId).setMaxResults(LIMIT).getResultList();
        // a post in a space the person left is still saved, but not shown while they may not read it
        Map<Long, PostView> readable = posts.readable(ids, personId);
        return ids.stream().map(readable::get).filter(Objects::nonNull).toList();
    }

    /**
     * Which of the posts the person saved. Only for services that have checked that the person may read them.
     *
     * @return the saved ones among {@code postIds}
     */
    public Set<Long> savedAmong(Collection<Long> postIds, long personId) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("SELECT b.postId FROM Bookmark b WHERE b.personId = :person AND b.postId IN :ids",
                        Long.class)
                .setParameter("person", personId).setParameter("ids", postIds).getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
