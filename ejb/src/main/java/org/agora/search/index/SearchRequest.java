package org.agora.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.agora.spaces.model.ReadableSpaces;

/**
 * One search: what was typed, what the reader may see, the facet values chosen and the order.
 *
 * @param readableSpaces the spaces whose items the reader may see besides those every employee sees; every space
 *                       for an administrator
 * @param type           only items of this type, or null
 * @param spaceId        only items of this space (0: company-wide), or null
 * @param authorId       only items of this author, or null
 * @param tag            only items with this hashtag, or null
 * @param period         only items created in this period, or null
 * @param modules        the plugins whose content items may be found (those that run now), or null for all
 * @param conversations  the conversations the reader reads now: the only ones whose messages they find, even as an
 *                       administrator
 */
public record SearchRequest(QueryText text, ReadableSpaces readableSpaces, String type, Long spaceId,
                            Long authorId, String tag, Period period, boolean byDate, int limit, Instant now,
                            Set<String> modules, Set<Long> conversations) {

    public SearchRequest {
        conversations = conversations == null ? Set.of() : Set.copyOf(conversations);
    }

    /** A search by someone who reads no conversation. */
    public SearchRequest(QueryText text, ReadableSpaces readableSpaces, String type, Long spaceId, Long authorId,
                         String tag, Period period, boolean byDate, int limit, Instant now, Set<String> modules) {
        this(text, readableSpaces, type, spaceId, authorId, tag, period, byDate, limit, now, modules, Set.of());
    }

    /** A search that finds the content items of every plugin. */
    public SearchRequest(QueryText text, ReadableSpaces readableSpaces, String type, Long spaceId, Long authorId,
                         String tag, Period period, boolean byDate, int limit, Instant now) {
        this(text, readableSpaces, type, spaceId, authorId, tag, period, byDate, limit, now, null);
    }

    /** The date ranges of the date facet. */
    public enum Period {
        DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(31)), YEAR(Duration.ofDays(366));

        private final Duration length;

        Period(Duration length) {
            this.length = length;
        }

        /** @return the first instant of the period ending at {@code now} */
        public Instant since(Instant now) {
            return now.minus(length);
        }

        /** @return the period of the name, such as {@code week}, if there is one */
        public static Optional<Period> of(String name) {
            return java.util.Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    /** @return a plain search by relevance over everything the reader may see */
    public static SearchRequest of(String text, ReadableSpaces readableSpaces, int limit) {
        return new SearchRequest(QueryText.parse(text), readableSpaces, null, null, null, null, null, false, limit,
                Instant.now());
    }
}
