package org.agora.search;

import java.util.List;
import java.util.Map;
import org.agora.search.index.FacetCount;
import org.agora.search.index.Hit;

/**
 * What a search found among what the reader may see.
 *
 * @param total     how many items match; an estimate if {@code estimated}
 * @param estimated true when so many items match that the total and the facet counts are estimates from a sample
 * @param hits   the best of them, best (or newest) first
 * @param facets counts by facet ({@code type}, {@code space}, {@code author}, {@code tag}, {@code date}), labelled
 */
public record SearchResults(String query, long total, boolean estimated, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, 0, false, List.of(), Map.of());
    }

    /** @return the type of every match if they are all of one type, such as {@code post}; otherwise null */
    public String onlyType() {
        List<FacetCount> types = facet("type");
        return types.size() == 1 ? types.get(0).value() : null;
    }

    /** @return the counts of one facet, most frequent first; empty if none */
    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
