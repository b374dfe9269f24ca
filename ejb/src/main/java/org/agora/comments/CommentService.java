package org.agora.comments;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.comments.model.Comment;
import org.agora.comments.model.CommentText;
import org.agora.content.Mentioned;
import org.agora.feed.PostCounters;
import org.agora.feed.PostGate;
import org.agora.feed.PostRights;
import org.agora.mentions.MentionService;
import org.agora.people.model.Person;
import org.agora.reactions.ReactionService;
import org.agora.reactions.ReactionSummary;
import org.agora.reactions.model.ReactionTarget;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** Commenting on posts, replying, editing and deleting comments, and reading them where the post may be read. */
@Stateless
public class CommentService {

    /** How many comments a feed shows under each post. */
    public static final int RECENT = 3;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostGate gate;

    @EJB
    PostCounters counters;

    @Inject
    Event<CommentChanged> changed;

    @EJB
    ReactionService reactions;

    @EJB
    MentionService mentions;

    @Inject
    Event<CommentWritten> written;

    /**
     * Comments on a post, or replies to one of its comments.
     *
     * @param parentId the comment replied to, or null for a top-level comment
     * @return the new comment's id
     * @throws UnknownItemException if the post or the comment replied to is unknown or hidden from the author
     * @throws AccessDeniedException if the author may read but not write where the post is
     * @throws InvalidInputException if the text is empty or too long
     */
    public long comment(long postId, Long parentId, long authorId, String markdown) {
        // access first: a hidden post answers "unknown" whatever the text
        gate.writable(postId, authorId);
        Comment parent = null;
        if (parentId != null) {
            parent = em.find(Comment.class, parentId);
            if (parent == null || parent.getPostId() != postId) {
                throw new UnknownItemException("error.comment.unknown");
            }
        }
        CommentText text = new CommentText(markdown);
        counters.lock(List.of(postId));
        Person author = em.find(Person.class, authorId);
        Instant now = Instant.now();
        Mentioned people = mentions.in(text.markdown());
        Comment comment = parent == null ? Comment.on(postId, author, text, people, now)
                : parent.reply(author, text, people, now);
        em.persist(comment);
        counters.commentsChanged(postId);
        written.fire(new CommentWritten(postId, comment.getId(), authorId,
                parent == null ? null : parent.getAuthor().getId()));
        changed.fire(new CommentChanged(comment.getId()));
        return comment.getId();
    }

    /**
     * Changes the text of one's own comment.
     *
     * @return the id of the post the comment is on
     * @throws AccessDeniedException if the person did not write the comment
     */
    public long edit(long commentId, long personId, String markdown) {
        Comment comment = find(commentId);
        gate.writable(comment.getPostId(), personId);
        if (!comment.editableBy(personId)) {
            throw new AccessDeniedException("error.comment.edit");
        }
        CommentText text = new CommentText(markdown);
        comment.edit(text, mentions.in(text.markdown()), Instant.now());
        changed.fire(new CommentChanged(commentId));
        return comment.getPostId();
    }

    /**
     * Deletes a comment and its replies, with their reactions.
     *
     * @return the id of the post the comment was on
     * @throws AccessDeniedException if the person is neither the author nor a moderator where the post is, or only
     *                               the author in an archived space
     */
    public long delete(long commentId, long personId) {
        Comment comment = find(commentId);
        PostRights rights = gate.rights(comment.getPostId(), personId);
        if (!comment.deletableBy(personId, rights.canModerate(), rights.canWrite())) {
            throw new AccessDeniedException(comment.editableBy(personId) ? "error.space.archived"
                    : "error.comment.delete");
        }
        remove(comment);
        return comment.getPostId();
    }

    /** Deletes a comment and its replies whoever wrote it, as erasing its author's content does. */
    public void erase(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment != null) {
            remove(comment);
        }
    }

    private void remove(Comment comment) {
        long commentId = comment.getId();
        counters.lock(List.of(comment.getPostId()));
        List<Long> gone = new ArrayList<>(em.createQuery(
                        "SELECT c.id FROM Comment c WHERE c.parentId = :id", Long.class)
                .setParameter("id", commentId).getResultList());
        gone.add(commentId);
        gone.forEach(id -> changed.fire(new CommentChanged(id)));
        reactions.forget(ReactionTarget.COMMENT, gone);
        em.createQuery("DELETE FROM Comment c WHERE c.parentId = :id").setParameter("id", commentId).executeUpdate();
        em.remove(comment);
        counters.commentsChanged(comment.getPostId());
    }

    /**
     * @return the top-level comments of the post, oldest first, each with its replies
     * @throws UnknownItemException if the post is unknown or hidden from the reader
     */
    public List<CommentView> thread(long postId, long readerId) {
        PostRights rights = gate.rights(postId, readerId);
        List<Comment> all = em.createQuery(
                        "SELECT c FROM Comment c JOIN FETCH c.author WHERE c.postId = :post ORDER BY c.id", Comment.class)
                .setParameter("post", postId).getResultList();
        Map<Long, ReactionSummary> summaries = reactions.summaries(ReactionTarget.COMMENT,
                all.stream().map(Comment::getId).toList(), readerId);
        Map<Long, List<CommentView>> replies = new HashMap<>();
        for (Comment c : all) {
            if (c.isReply()) {
                replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
                        .add(view(c, summaries, List.of(), readerId, rights));
            }
        }
        return all.stream().filter(c -> !c.isReply())
                .map(c -> view(c, summaries, replies.getOrDefault(c.getId(), List.of()), readerId, rights))
                .toList();
    }

    /**
     * The comment counts and newest comments of many posts in a constant number of queries, for feeds. Only for
     * services that have checked the rights: {@code rights} comes from {@link PostGate#rights(java.util.Collection,
     * long)}.
     *
     * @return by post id, for every post in {@code rights}
     */
    public Map<Long, RecentComments> recent(Map<Long, PostRights> rights, long readerId) {
        if (rights.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT c.postId, COUNT(c) FROM Comment c WHERE c.postId IN :posts GROUP BY c.postId",
                        Object[].class)
                .setParameter("posts", rights.keySet()).getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        // only ids first, so that a post with many comments costs no more than a few numbers
        Map<Long, List<Long>> newest = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT c.id, c.postId FROM Comment c WHERE c.postId IN :posts AND c.parentId IS NULL
                        ORDER BY c.id DESC""", Object[].class)
                .setParameter("posts", counts.isEmpty() ? List.of(-1L) : counts.keySet()).getResultStream()
                .forEach(row -> {
                    List<Long> ids = newest.computeIfAbsent((Long) row[1], k -> new ArrayList<>());
                    if (ids.size() < RECENT) {
                        ids.add((Long) row[0]);
                    }
                });
        List<Long> shown = newest.values().stream().flatMap(List::stream).toList();
        Map<Long, ReactionSummary> summaries = reactions.summaries(ReactionTarget.COMMENT, shown, readerId);
        Map<Long, List<CommentView>> views = new HashMap<>();
        if (!shown.isEmpty()) {
            em.createQuery("SELECT c FROM Comment c JOIN FETCH c.author WHERE c.id IN :ids ORDER BY c.id",
                            Comment.class)
                    .setParameter("ids", shown).getResultStream()
                    .forEach(c -> views.computeIfAbsent(c.getPostId(), k -> new ArrayList<>())
                            .add(view(c, summaries, List.of(), readerId, rights.get(c.getPostId()))));
        }
        Map<Long, RecentComments> result = new HashMap<>();
        rights.keySet().forEach(id -> result.put(id,
                new RecentComments(counts.getOrDefault(id, 0L), views.getOrDefault(id, List.of()))));
        return Map.copyOf(result);
    }

    private Comment find(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new UnknownItemException("error.comment.unknown");
        }
        return comment;
    }

    private static CommentView view(Comment c, Map<Long, ReactionSummary> summaries, List<CommentView> replies,
                                    long readerId, PostRights rights) {
        Person a = c.getAuthor();
        return new CommentView(c.getId(), c.getPostId(), c.getParentId(), a.getId(), a.getName(), c.getBodyHtml(),
                c.getBody(), c.getCreatedAt(), c.getEditedAt(), summaries.getOrDefault(c.getId(), ReactionSummary.NONE),
                replies, c.editableBy(readerId) && rights.canWrite(),
                c.deletableBy(readerId, rights.canModerate(), rights.canWrite()));
    }
}
