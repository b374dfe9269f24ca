package org.agora.plugins.extensions;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Small facts about host content that events to plugins need, read in a transaction of their own. */
@Stateless
public class HostFacts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return the author of a post that was never edited: the host fires "published" again after an edit */
    public Optional<Long> newPostAuthor(long postId) {
        return em.createQuery("SELECT p.author.id FROM Post p WHERE p.id = :id AND p.editedAt IS NULL", Long.class)
                .setParameter("id", postId).getResultStream().findFirst();
    }
}
