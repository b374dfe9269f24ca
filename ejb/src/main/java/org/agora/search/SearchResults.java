package org.agora.search;

import java.util.List;

/**
 * @param total how many posts match
 * @param hits  the best of them, best first
 */
public record SearchResults(String query, long total, List<SearchHit> hits) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, 0, List.of());
    }
}
