package org.agora.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agora.notify.model.Notification;
import org.agora.reactions.model.ReactionTarget;

/**
 * Moves what the seeding wrote through the services (which stamp everything "now") to the moments of the demo's
 * history, in the seeding's own transaction: the search index, which reads items after commit, and the
 * notifications then tell the same dates as the pages. Only ever used on a database that was empty before.
 */
public final class Backdating {

    private record Update(String jpql, Object... parameters) {
    }

    private final List<Update> updates = new ArrayList<>();

    /** A post, and the notifications of the people it mentions. */
    void post(long postId, Instant at) {
        add("UPDATE Post p SET p.createdAt = ?1 WHERE p.id = ?2", at, postId);
        add("UPDATE Notification n SET n.createdAt = ?1 WHERE n.postId = ?2 AND n.kind = ?3", at, postId,
                Notification.Kind.MENTION);
    }

    /** A comment, and the notifications of the post's author and of the author of the comment replied to. */
    void comment(long commentId, Instant at) {
        add("UPDATE Comment c SET c.createdAt = ?1 WHERE c.id = ?2", at, commentId);
        add("UPDATE Notification n SET n.createdAt = ?1 WHERE n.commentId = ?2", at, commentId);
    }

    /** A reaction, and for one on a post, the notification of its author. */
    void reaction(ReactionTarget target, long targetId, long postId, long personId, Instant at) {
        add("UPDATE Reaction r SET r.createdAt = ?1 WHERE r.target = ?2 AND r.targetId = ?3 AND r.personId = ?4",
                at, target, targetId, personId);
        if (target == ReactionTarget.POST) {
            add("""
                    UPDATE Notification n SET n.createdAt = ?1
                    WHERE n.kind = ?2 AND n.postId = ?3 AND n.actor.id = ?4""",
                    at, Notification.Kind.REACTION, postId, personId);
        }
    }

    void bookmark(long postId, long personId, Instant at) {
        add("UPDATE Bookmark b SET b.createdAt = ?1 WHERE b.postId = ?2 AND b.personId = ?3", at, postId, personId);
    }

    void announcementRead(long postId, long personId, Instant at) {
        add("UPDATE AnnouncementRead r SET r.readAt = ?1 WHERE r.postId = ?2 AND r.personId = ?3", at, postId,
                personId);
    }

    /** A document's version, which is its creation for the first one. */
    void documentVersion(long documentId, int number, Instant at) {
        if (number == 1) {
            add("UPDATE Document d SET d.createdAt = ?1 WHERE d.id = ?2", at, documentId);
        }
        add("UPDATE Document d SET d.updatedAt = ?1 WHERE d.id = ?2", at, documentId);
        add("UPDATE DocumentVersion v SET v.uploadedAt = ?1 WHERE v.document.id = ?2 AND v.number = ?3", at,
                documentId, number);
    }

    /**
     * Writes the moments, and dates what has no moment of its own (spaces, memberships, folders, follows,
     * profiles) at the start of the history.
     */
    void apply(EntityManager em, Instant start) {
        for (String entity : List.of("Space", "Folder", "Follow", "HashtagFollow", "SpaceMember")) {
            add("UPDATE " + entity + " e SET e.createdAt = ?1", start);
        }
        add("UPDATE Space s SET s.updatedAt = ?1", start);
        add("UPDATE Profile p SET p.updatedAt = ?1", start);
        em.flush();
        for (Update u : updates) {
            var query = em.createQuery(u.jpql());
            for (int i = 0; i < u.parameters().length; i++) {
                query.setParameter(i + 1, u.parameters()[i]);
            }
            query.executeUpdate();
        }
        updates.clear();
    }

    private void add(String jpql, Object... parameters) {
        updates.add(new Update(jpql, parameters));
    }
}
