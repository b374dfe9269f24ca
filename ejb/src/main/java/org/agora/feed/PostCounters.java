package org.agora.feed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many comments and reactions a post has, kept on the post so that the order "top" ranks without counting. Every
 * write and deletion of a comment or of a reaction to a post recounts its post here, in the same transaction and from
 * the rows themselves, so that a count cannot drift from what is stored.
 */
@Stateless
public class PostCounters {

    /** Recounts the comments of every post (add a WHERE to recount some). */
    public static final String COMMENTS = "UPDATE post SET comment_count = "
            + "(SELECT COUNT(*) FROM post_comment c WHERE c.post_id = post.id)";
    /** Recounts the reactions to every post (add a WHERE to recount some). */
    public static final String REACTIONS = "UPDATE post SET reaction_count = "
            + "(SELECT COUNT(*) FROM reaction r WHERE r.target_type = 'POST' AND r.target_id = post.id)";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Takes the posts' row locks, in the order of their ids, before their comments or reactions are written. Two people
     * commenting on one post at once then take turns: otherwise each recount waited for the other's new, uncommitted
     * comment, a deadlock that Derby finds only after 20 seconds, while everyone reading the post waited as well.
     */
    public void lock(Collection<Long> postIds) {
        for (Long id : new TreeSet<>(postIds)) {
            em.createNativeQuery("UPDATE post SET comment_count = comment_count WHERE id = ?").setParameter(1, id)
                    .executeUpdate();
        }
    }

    /** Recounts the comments of a post after comments on it were written or deleted. */
    public void commentsChanged(long postId) {
        recount(COMMENTS, Set.of(postId));
    }

    /** Recounts the reactions to the posts after reactions to them were given, changed or taken back. */
    public void reactionsChanged(Collection<Long> postIds) {
        recount(REACTIONS, postIds);
    }

    private void recount(String update, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        em.flush(); // the count reads the rows this transaction has just written or removed
        for (Long id : postIds) {
            em.createNativeQuery(update + " WHERE id = ?").setParameter(1, id).executeUpdate();
        }
    }
}
