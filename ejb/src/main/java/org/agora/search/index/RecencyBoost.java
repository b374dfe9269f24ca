package org.agora.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Multiplies relevance by up to 2 for fresh items: 2 today, 1.5 after a month, towards 1 for old ones. Fresh news
 * wins among equally good matches, while a much better old match still comes first. Applied to the best matches by
 * relevance only, so that Lucene can skip the many poor matches of common words.
 */
final class RecencyBoost {

    /** how many of the best matches by relevance are reordered by relevance and freshness */
    static final int WINDOW = 100;
    private static final double DAY = 86_400_000d;
    private static final double HALF_LIFE_DAYS = 30;

    private RecencyBoost() {
    }

    /** @return the boost of an item created at {@code created}, both in epoch milliseconds */
    static double boost(long now, long created) {
        double ageDays = Math.max(0, now - created) / DAY;
        return 1 + HALF_LIFE_DAYS / (HALF_LIFE_DAYS + ageDays);
    }

    /** @return the best {@code limit} of the matches by relevance times freshness */
    static TopDocs rescore(IndexSearcher searcher, TopDocs byRelevance, long now, int limit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] docs = new ScoreDoc[byRelevance.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc sd = byRelevance.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues created = DocValues.getNumeric(leaf.reader(), Fields.CREATED);
            double boost = created.advanceExact(sd.doc - leaf.docBase) ? boost(now, created.longValue()) : 1;
            docs[i] = new ScoreDoc(sd.doc, (float) (sd.score * boost));
        }
        Arrays.sort(docs, Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed()
                .thenComparingInt(d -> d.doc));
        return new TopDocs(byRelevance.totalHits, Arrays.copyOf(docs, Math.min(limit, docs.length)));
    }
}
