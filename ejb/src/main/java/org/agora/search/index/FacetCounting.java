package org.agora.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts the facets of the matching items. The per-reader facet state is costly to build, so it is kept until the
 * index changes.
 */
final class FacetCounting {

    static final List<String> DIMENSIONS = List.of(Fields.TYPE, Fields.SPACE, Fields.AUTHOR, Fields.TAG);
    static final String DATE = "date";
    private static final int TOP = 10;

    private SortedSetDocValuesReaderState state;

    /** @return the state of the reader's facets, or null while no item has facets */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (state == null || state.getReader() != reader) {
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, ItemDocuments.FACETS);
            } catch (IllegalArgumentException noFacetsYet) {
                return null;
            }
        }
        return state;
    }

    /**
     * @param samplingRate the share of the matches the collector holds; counts are scaled up by it, so that they
     *                     estimate the counts of every match
     */
    Map<String, List<FacetCount>> count(IndexSearcher searcher, FacetsCollector collector, double samplingRate,
                                        Instant now) throws IOException {
        Map<String, List<FacetCount>> out = new TreeMap<>();
        SortedSetDocValuesReaderState s = state(searcher.getIndexReader());
        if (s == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s, collector);
        for (String dim : DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            if (s.getOrdRange(dim) != null) {
                FacetResult result = counts.getTopChildren(TOP, dim);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new FacetCount(lv.label, lv.label, scaled(lv.value, samplingRate)));
                    }
                }
            }
            out.put(dim, values);
        }
        out.put(DATE, dates(collector, samplingRate, now));
        return out;
    }

    private static long scaled(Number count, double samplingRate) {
        return samplingRate >= 1 ? count.longValue() : Counting.roughly(Math.round(count.longValue() / samplingRate));
    }

    private static List<FacetCount> dates(FacetsCollector collector, double samplingRate, Instant now)
            throws IOException {
        List<SearchRequest.Period> periods = List.of(SearchRequest.Period.values());
        LongRange[] ranges = periods.stream().map(p -> new LongRange(p.name().toLowerCase(java.util.Locale.ROOT),
                p.since(now).toEpochMilli(), true, Long.MAX_VALUE, true)).toArray(LongRange[]::new);
        FacetResult result = new LongRangeFacetCounts(Fields.CREATED, collector, ranges).getAllChildren(Fields.CREATED);
        List<FacetCount> values = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            if (lv.value.longValue() > 0) {
                values.add(new FacetCount(lv.label, lv.label, scaled(lv.value, samplingRate)));
            }
        }
        return values;
    }

    /** @return up to {@code limit} hashtags starting with the prefix among the items the query matches, most used first */
    List<String> tagsStartingWith(IndexSearcher searcher, Query query, String prefix, int limit) throws IOException {
        SortedSetDocValuesReaderState s = state(searcher.getIndexReader());
        if (s == null || s.getOrdRange(Fields.TAG) == null) {
            return List.of();
        }
        FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
        FacetResult result = new SortedSetDocValuesFacetCounts(s, collector).getTopChildren(100, Fields.TAG);
        if (result == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            if (lv.label.startsWith(prefix) && tags.size() < limit) {
                tags.add(lv.label);
            }
        }
        return tags;
    }
}
