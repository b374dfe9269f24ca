package org.agora.feed.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order "top" of the home feed: recency weighted by conversation. A post's score is
 *
 * <pre>
 *     score = (1 + 2 × comments + reactions) / (hours since posted + 2) ^ 1.5
 * </pre>
 *
 * so a comment counts twice a reaction (it takes more effort), every post starts with a weight of 1, and the score
 * falls as the post ages: a post that people talk about stays up for a while, then gives way to newer ones. The
 * {@code + 2} keeps a post of the last minutes from outranking everything with no engagement at all. Equal scores
 * keep the newer post first, so the order is total and paging stable.
 */
public final class TopScore {

    static final double COMMENT_WEIGHT = 2;
    static final double REACTION_WEIGHT = 1;
    static final double GRAVITY = 1.5;
    static final double HEAD_START_HOURS = 2;

    private TopScore() {
    }

    /** What the score of one post is computed from: the counts the post keeps. */
    public record Activity(long postId, Instant createdAt, long comments, long reactions) {
    }

    /** @return the score of the post at {@code asOf}; a post written later than that counts as brand new */
    public static double score(Activity a, Instant asOf) {
        double hours = Math.max(0, Duration.between(a.createdAt(), asOf).toSeconds() / 3600.0);
        double weight = 1 + COMMENT_WEIGHT * a.comments() + REACTION_WEIGHT * a.reactions();
        return weight / Math.pow(hours + HEAD_START_HOURS, GRAVITY);
    }

    /** @return the post ids, highest score first, newest first among equal scores */
    public static List<Long> rank(Collection<Activity> posts, Instant asOf) {
        return posts.stream()
                .sorted(Comparator.comparingDouble((Activity a) -> score(a, asOf)).reversed()
                        .thenComparing(Comparator.comparingLong(Activity::postId).reversed()))
                .map(Activity::postId)
                .toList();
    }
}
