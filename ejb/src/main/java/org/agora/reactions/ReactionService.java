package org.agora.reactions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.comments.model.Comment;
import org.agora.feed.PostCounters;
import org.agora.feed.PostGate;
import org.agora.people.model.Person;
import org.agora.reactions.model.Reaction;
import org.agora.reactions.model.ReactionKind;
import org.agora.reactions.model.ReactionTarget;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** Reacting to posts and comments, and reading who reacted, where the reader may read the post. */
@Stateless
public class ReactionService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostGate gate;

    @EJB
    PostCounters counters;

    @Inject
    Event<PostReacted> reacted;

    /**
     * Sets, replaces or (when the same kind is chosen again) takes back the person's reaction.
     *
     * @return the id of the post the item belongs to
     * @throws InvalidInputException if the kind is missing
     * @throws UnknownItemException if the item does not exist or its post is hidden from the person
     * @throws org.agora.validation.AccessDeniedException if the person may read but not write where the post is
     */
    public long react(ReactionTarget target, long targetId, long personId, ReactionKind kind) {
        return react(target, targetId, personId, kind, null);
    }

    /**
     * Makes the kind the person's reaction ({@code chosen}), or takes it back (not {@code chosen}). Sent twice, it
     * leaves the state that sending it once gives.
     *
     * @return the id of the post the item belongs to
     * @throws InvalidInputException if the kind is missing
     * @throws UnknownItemException if the item does not exist or its post is hidden from the person
     * @throws org.agora.validation.AccessDeniedException if the person may read but not write where the post is
     */
    public long react(ReactionTarget target, long targetId, long personId, ReactionKind kind, boolean chosen) {
        return react(target, targetId, personId, kind, Boolean.valueOf(chosen));
    }

    // chosen: null toggles
    private long react(ReactionTarget target, long targetId, long personId, ReactionKind kind, Boolean chosen) {
        long postId = postOf(target, targetId);
        // access first: a hidden post answers "unknown" whatever the form says
        gate.writable(postId, personId);
        if (kind == null) {
            throw new InvalidInputException("kind", "error.reaction.kind");
        }
        if (target == ReactionTarget.POST) {
            counters.lock(List.of(postId));
        }
        if (store(target, targetId, personId, kind, chosen) && target == ReactionTarget.POST) {
            reacted.fire(new PostReacted(postId, personId));
        }
        if (target == ReactionTarget.POST) {
            counters.reactionsChanged(List.of(postId));
        }
        return postId;
    }

    /**
     * Sets, replaces or (when the same kind is chosen again) takes back the person's reaction to an item that is not
     * on a post, such as a message, whose access the caller has checked.
     */
    public void toggle(ReactionTarget target, long targetId, long personId, ReactionKind kind) {
        store(target, targetId, personId, kind, null);
    }

    /** @return true if the person reacted to the item for the first time */
    private boolean store(ReactionTarget target, long targetId, long personId, ReactionKind kind, Boolean chosen) {
        Instant now = Instant.now();
        Optional<Reaction> existing = em.createQuery("""
                        SELECT r FROM Reaction r WHERE r.target = :target AND r.targetId = :id
                        AND r.personId = :person""", Reaction.class)
                .setParameter("target", target).setParameter("id", targetId).setParameter("person", personId)
                .getResultStream().findFirst();
        if (existing.isEmpty()) {
            if (chosen == null || chosen) {
                em.persist(new Reaction(target, targetId, personId, kind, now));
                return true;
            }
        } else if (!(chosen == null ? existing.get().choose(kind, now) : existing.get().choose(kind, chosen, now))) {
            em.remove(existing.get());
        }
        return false;
    }

    /**
     * @return who reacted to the item, newest first
     * @throws UnknownItemException if the item does not exist or its post is hidden from the reader
     */
    public WhoReacted who(ReactionTarget target, long targetId, long readerId) {
        long postId = postOf(target, targetId);
        gate.rights(postId, readerId);
        List<Reactor> reactors = em.createQuery("""
                        SELECT r, p FROM Reaction r, Person p WHERE p.id = r.personId
                        AND r.target = :target AND r.targetId = :id ORDER BY r.createdAt DESC""", Object[].class)
                .setParameter("target", target).setParameter("id", targetId).getResultStream()
                .map(row -> {
                    Reaction r = (Reaction) row[0];
                    Person p = (Person) row[1];
                    return new Reactor(p.getId(), p.getName(), p.getJobTitle(), r.getKind());
                }).toList();
        return new WhoReacted(postId, reactors);
    }

    /**
     * The reactions to many items in two queries. Only for services that have already checked that the reader may
     * read the items' posts.
     *
     * @return by item id, for every id asked (items without reactions get an empty summary)
     */
    public Map<Long, ReactionSummary> summaries(ReactionTarget target, Collection<Long> ids, long readerId) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, EnumMap<ReactionKind, Long>> counts = new HashMap<>();
        em.createQuery("""
                        SELECT r.targetId, r.kind, COUNT(r) FROM Reaction r
                        WHERE r.target = :target AND r.targetId IN :ids GROUP BY r.targetId, r.kind""", Object[].class)
                .setParameter("target", target).setParameter("ids", ids).getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ReactionKind.class))
                        .put((ReactionKind) row[1], ((Number) row[2]).longValue()));
        Map<Long, ReactionKind> mine = new HashMap<>();
        em.createQuery("""
                        SELECT r FROM Reaction r
                        WHERE r.target = :target AND r.targetId IN :ids AND r.personId = :reader""", Reaction.class)
                .setParameter("target", target).setParameter("ids", ids).setParameter("reader", readerId)
                .getResultStream().forEach(r -> mine.put(r.getTargetId(), r.getKind()));
        Map<Long, ReactionSummary> result = new HashMap<>();
        for (Long id : ids) {
            result.put(id, new ReactionSummary(counts.getOrDefault(id, new EnumMap<>(ReactionKind.class)),
                    mine.get(id)));
        }
        return Map.copyOf(result);
    }

    /** Removes the reactions to items that are being deleted; for the services that delete them. */
    public void forget(ReactionTarget target, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM Reaction r WHERE r.target = :target AND r.targetId IN :ids")
                    .setParameter("target", target).setParameter("ids", ids).executeUpdate();
            if (target == ReactionTarget.POST) {
                counters.reactionsChanged(ids);
            }
        }
    }

    private long postOf(ReactionTarget target, long targetId) {
        if (target == ReactionTarget.POST) {
            return targetId;
        }
        if (target == ReactionTarget.MESSAGE) {
            // messages have their own rules, in org.agora.messaging
            throw new UnknownItemException("error.comment.unknown");
        }
        Comment comment = em.find(Comment.class, targetId);
        if (comment == null) {
            throw new UnknownItemException("error.comment.unknown");
        }
        return comment.getPostId();
    }
}
