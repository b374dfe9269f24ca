package org.agora.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.feed.PostDeleted;
import org.agora.reactions.model.ReactionTarget;

/**
 * Removes what hangs on a post (its comments with their reactions, its reactions and bookmarks) in the transaction
 * that deletes it, before the post row goes.
 */
@ApplicationScoped
public class PostCleanup {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    void onDeleting(@Observes PostDeleted deleted) {
        long post = deleted.postId();
        em.createQuery("""
                        DELETE FROM Reaction r WHERE r.target = :comment AND r.targetId IN
                            (SELECT c.id FROM Comment c WHERE c.postId = :post)""")
                .setParameter("comment", ReactionTarget.COMMENT).setParameter("post", post).executeUpdate();
        em.createQuery("DELETE FROM Reaction r WHERE r.target = :target AND r.targetId = :post")
                .setParameter("target", ReactionTarget.POST).setParameter("post", post).executeUpdate();
        // replies first: they point at their top-level comment
        em.createQuery("DELETE FROM Comment c WHERE c.postId = :post AND c.parentId IS NOT NULL")
                .setParameter("post", post).executeUpdate();
        em.createQuery("DELETE FROM Comment c WHERE c.postId = :post").setParameter("post", post).executeUpdate();
        em.createQuery("DELETE FROM Bookmark b WHERE b.postId = :post").setParameter("post", post).executeUpdate();
    }
}
