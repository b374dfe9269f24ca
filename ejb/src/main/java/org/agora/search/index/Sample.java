package org.agora.search.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A systematic sample of the index, as a filter: one window of {@link #WINDOW} consecutive documents in every
 * {@code every}, across the whole index. Combined with a query, it yields a sample of its matches at the cost of
 * reading only the sampled windows of its postings, since Lucene's conjunctions skip the rest (Elasticsearch's
 * random sampler works the same way). Windows are spread evenly over the index, so old and new items are sampled
 * alike; windows of the size of a postings block keep the skipping cheap. Counts in the sample divided by
 * {@link #rate(int)} estimate the counts among all matches.
 */
final class Sample extends Query {

    /** documents per window: the size of a Lucene postings block */
    static final int WINDOW = 128;

    private final int every;
    private final int offset;

    /**
     * @param every one window in this many is sampled
     * @param seed  chooses which one; the same seed samples the same documents, so that repeated searches agree
     */
    Sample(int every, int seed) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        this.every = every;
        this.offset = Math.floorMod(seed, every);
    }

    /** @return the share of an index of {@code maxDoc} documents that the sample covers */
    double rate(int maxDoc) {
        if (maxDoc == 0) {
            return 1;
        }
        long covered = 0;
        for (long start = (long) offset * WINDOW; start < maxDoc; start += (long) every * WINDOW) {
            covered += Math.min(WINDOW, maxDoc - start);
        }
        return Math.max(covered, 1) / (double) maxDoc;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                DocIdSetIterator windows = new Windows(context.docBase, context.reader().maxDoc());
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, windows));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                // cheap to compute, and caching it would only crowd out the filters worth caching
                return false;
            }
        };
    }

    /** The sampled documents of one segment, whose documents start at {@code docBase} in the whole index. */
    private final class Windows extends DocIdSetIterator {

        private final int docBase;
        private final int maxDoc;
        private int doc = -1;

        Windows(int docBase, int maxDoc) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return doc == NO_MORE_DOCS ? doc : advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            long global = (long) docBase + target;
            long window = global / WINDOW;
            long behind = Math.floorMod(window - offset, (long) every);
            if (behind != 0) {
                global = (window + every - behind) * WINDOW;
            }
            long local = global - docBase;
            doc = local >= maxDoc ? NO_MORE_DOCS : (int) local;
            return doc;
        }

        @Override
        public long cost() {
            return maxDoc / every + WINDOW;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "sample(1/" + every + "@" + offset + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && every == ((Sample) other).every && offset == ((Sample) other).offset;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + every) + offset;
    }
}
