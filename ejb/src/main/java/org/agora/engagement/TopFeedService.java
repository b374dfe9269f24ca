package org.agora.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.feed.FeedQueries;
import org.agora.feed.PostService;
import org.agora.feed.PostStamp;
import org.agora.feed.PostView;
import org.agora.feed.model.TopScore;
import org.agora.feed.model.TopScore.Activity;
import org.agora.reactions.model.ReactionTarget;

/**
 * The home feed in the order "top" ({@link TopScore}): the posts of the last {@link #WINDOW} that the reader's home
 * feed shows, ranked by recency weighted by comments and reactions.
 */
@Stateless
public class TopFeedService {

    /** How far back the ranking looks; older posts are in the order "latest". */
    public static final Duration WINDOW = Duration.ofDays(14);
    /** The most posts ranked at once. */
    public static final int CANDIDATES = 400;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    FeedQueries feeds;

    /**
     * @param cursor where the previous page ended, or null for the first page
     * @return a page of the ranking, made as of the cursor's moment so that pages do not drift
     */
    public TopPage page(long readerId, TopCursor cursor) {
        TopCursor at = cursor != null ? cursor : new TopCursor(Instant.now(), Long.MAX_VALUE, 0);
        List<PostStamp> stamps = feeds.homeStamps(readerId, at.asOf().minus(WINDOW), at.upTo(), CANDIDATES);
        if (stamps.isEmpty()) {
            return new TopPage(List.of(), null);
        }
        long upTo = cursor != null ? cursor.upTo() : stamps.get(0).id();
        List<Long> ids = stamps.stream().map(PostStamp::id).toList();
        // only what happened until the ranking's moment counts, so that the next pages rank as the first did
        Map<Long, Long> comments = counts(em.createQuery("""
                        SELECT c.postId, COUNT(c) FROM Comment c
                        WHERE c.postId IN :ids AND c.createdAt <= :asOf GROUP BY c.postId""", Object[].class)
                .setParameter("ids", ids).setParameter("asOf", at.asOf()).getResultList());
        Map<Long, Long> reactions = counts(em.createQuery("""
                        SELECT r.targetId, COUNT(r) FROM Reaction r
                        WHERE r.target = :post AND r.targetId IN :ids AND r.createdAt <= :asOf
                        GROUP BY r.targetId""", Object[].class)
                .setParameter("post", ReactionTarget.POST).setParameter("ids", ids)
                .setParameter("asOf", at.asOf()).getResultList());
        List<Long> ranked = TopScore.rank(stamps.stream().map(s -> new Activity(s.id(), s.createdAt(),
                comments.getOrDefault(s.id(), 0L), reactions.getOrDefault(s.id(), 0L))).toList(), at.asOf());
        int from = Math.min(at.offset(), ranked.size());
        int to = Math.min(from + PostService.PAGE_SIZE, ranked.size());
        List<Long> pageIds = ranked.subList(from, to);
        Map<Long, PostView> views = posts.readable(pageIds, readerId);
        List<PostView> page = pageIds.stream().map(views::get).filter(Objects::nonNull).toList();
        return new TopPage(page, to < ranked.size() ? new TopCursor(at.asOf(), upTo, to) : null);
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
