package org.agora.search.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TotalHits;

/**
 * How a search's total and facet counts are obtained: exact while few items match; estimated from a sample of the
 * matches when many do, since counting hundreds of thousands of matches is what made searches for common words slow.
 *
 * @param counted      Lucene counts this many matches exactly while it looks for the best ones, then skips
 * @param sampleEvery  beyond that, one window of documents in this many is sampled ({@link Sample})...
 * @param sampleEnough ...and the estimate is used if the sample holds this many matches; otherwise a sample four
 *                     times larger is drawn, until there are few enough matches to count them all
 */
record Counting(int counted, int sampleEvery, int sampleEnough) {

    static final Counting DEFAULT = new Counting(1_000, 16, 400);

    /**
     * The matches that the facets are counted on.
     *
     * @param total     every match, or an estimate of their number rounded to two significant digits
     * @param estimated true if the collector holds a sample
     * @param rate      the share of the matches that the collector holds
     */
    record Matches(long total, boolean estimated, FacetsCollector collector, double rate) {
    }

    /**
     * @param query   the search with its permission filter: the sample is drawn among what the reader may see
     * @param counted how many matches the search for the best ones counted, and whether that was all of them
     * @param seed    picks the sample; the same seed for the same words, so that repeated searches agree
     */
    Matches matches(IndexSearcher searcher, Query query, TotalHits counted, int seed) throws IOException {
        if (counted.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO) {
            // a larger sample when the first holds too few matches: still cheaper than counting them all
            for (int every = sampleEvery; every > 1; every /= 4) {
                Sample sample = new Sample(every, seed);
                FacetsCollector sampled = searcher.search(new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.FILTER)
                        .add(sample, BooleanClause.Occur.FILTER).build(), new FacetsCollectorManager());
                long inSample = count(sampled);
                if (inSample >= sampleEnough) {
                    double rate = sample.rate(searcher.getIndexReader().maxDoc());
                    long estimate = roughly(Math.round(inSample / rate));
                    return new Matches(Math.max(counted.value(), estimate), true, sampled, rate);
                }
            }
        }
        FacetsCollector all = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
        return new Matches(count(all), false, all, 1);
    }

    private static long count(FacetsCollector collector) {
        return collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    /** @return the number to two significant digits, as precise as an estimate from a sample deserves */
    static long roughly(long n) {
        if (n < 100) {
            return n;
        }
        long unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) n / unit) * unit;
    }
}
