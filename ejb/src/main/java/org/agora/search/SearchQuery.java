package org.agora.search;

import org.agora.search.index.SearchRequest.Period;

/**
 * A search as the reader asks it: the text and the facet values chosen.
 *
 * @param type    only this type of item, or null
 * @param spaceId only this space (0: company-wide), or null
 * @param authorId only this author, or null
 * @param tag     only this hashtag, or null
 * @param period  only this recent period, or null
 * @param byDate  newest first rather than best first
 */
public record SearchQuery(String text, String type, Long spaceId, Long authorId, String tag, Period period,
                          boolean byDate) {

    /** @return a plain search by relevance */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, false);
    }
}
