package org.agora.search.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Multiplies relevance by up to 2 for fresh items: 2 today, 1.5 after a month, towards 1 for old ones. Fresh news
 * wins among equally good matches, while a much better old match still comes first.
 */
final class RecencyBoost extends DoubleValuesSource {

    private static final double DAY = 86_400_000d;
    private static final double HALF_LIFE_DAYS = 30;

    private final long now;

    RecencyBoost(long now) {
        this.now = now;
    }

    /** @return the boost of an item created at {@code created}, both in epoch milliseconds */
    static double boost(long now, long created) {
        double ageDays = Math.max(0, now - created) / DAY;
        return 1 + HALF_LIFE_DAYS / (HALF_LIFE_DAYS + ageDays);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues created = DocValues.getNumeric(ctx.reader(), Fields.CREATED);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = created.advanceExact(doc) ? boost(now, created.longValue()) : 1;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost other && other.now == now;
    }

    @Override
    public int hashCode() {
        return Objects.hash(now);
    }

    @Override
    public String toString() {
        return "recency(" + now + ")";
    }
}
