package org.agora.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.feed.FeedQueries;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.TopScore;
import org.agora.feed.model.TopScore.Activity;

/**
 * The home feed in the order "top" ({@link TopScore}): the posts of the last {@link #WINDOW} that the reader's home
 * feed shows, ranked by recency weighted by comments and reactions. A page is ranked as of the cursor's moment over
 * the posts written until then, with the counts the posts have now ({@link org.agora.feed.PostCounters}): a post that
 * gains reactions between two pages may move within the ranking, which no longer counts every reaction per request.
 */
@Stateless
public class TopFeedService {

    /** How far back the ranking looks; older posts are in the order "latest". */
    public static final Duration WINDOW = Duration.ofDays(14);
    /** The most posts ranked at once. */
    public static final int CANDIDATES = 400;

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
        // the counts kept on the posts: no counting over the comment and reaction tables per request
        List<Activity> candidates = feeds.homeActivity(readerId, at.asOf().minus(WINDOW), at.upTo(), CANDIDATES);
        if (candidates.isEmpty()) {
            return new TopPage(List.of(), null);
        }
        long upTo = cursor != null ? cursor.upTo() : candidates.get(0).postId();
        List<Long> ranked = TopScore.rank(candidates, at.asOf());
        int from = Math.min(at.offset(), ranked.size());
        int to = Math.min(from + PostService.PAGE_SIZE, ranked.size());
        List<Long> pageIds = ranked.subList(from, to);
        Map<Long, PostView> views = posts.readable(pageIds, readerId);
        List<PostView> page = pageIds.stream().map(views::get).filter(Objects::nonNull).toList();
        return new TopPage(page, to < ranked.size() ? new TopCursor(at.asOf(), upTo, to) : null);
    }
}
