package org.agora.search.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the total, the best hits and the facet counts, all within what the reader may see.
 *
 * @param total     how many items match; an estimate if {@code estimated}
 * @param estimated true when so many items match that the total and the facet counts were estimated from a sample
 * @param facets    counts by facet name ({@code type}, {@code space}, {@code author}, {@code tag}, {@code date})
 */
public record Found(long total, boolean estimated, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public Found {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public static Found nothing() {
        return new Found(0, false, List.of(), Map.of());
    }
}
