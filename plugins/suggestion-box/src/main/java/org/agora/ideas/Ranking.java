package org.agora.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The three orders of a box's ideas: most votes, newest, and trending (most votes in the last seven days). */
enum Ranking {
    TOP, NEW, TRENDING;

    /** How far back trending counts votes. */
    static final Duration TRENDING_WINDOW = Duration.ofDays(7);

    static Ranking of(String key) {
        return switch (key) {
            case "new" -> NEW;
            case "trending" -> TRENDING;
            default -> TOP;
        };
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the box's ideas in this order, at most {@code limit} */
    List<Idea> rank(IdeaStore ideas, Votes votes, long box, String status, Instant now, int limit) {
        return switch (this) {
            case TOP -> ideas.inBox(box, status, true, limit);
            case NEW -> ideas.inBox(box, status, false, limit);
            case TRENDING -> {
                Map<Long, Integer> recent = votes.since(box, now.minus(TRENDING_WINDOW));
                yield ideas.inBox(box, status, false, 500).stream()
                        .sorted(Comparator.<Idea>comparingInt(i -> recent.getOrDefault(i.contentId(), 0)).reversed()
                                .thenComparing(Idea::created, Comparator.reverseOrder()))
                        .limit(limit).toList();
            }
        };
    }
}
