package org.agora.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.agora.spaces.model.ReadableSpaces;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of everything searchable, on local disk. Thread-safe; one instance per folder. Writes are keyed
 * by item, so writing an item twice leaves one copy: replaying changes after a crash is harmless.
 */
public final class SearchIndex implements Closeable {

    private final Analyzer analyzer = Analysis.perField();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Searching searching;
    private final boolean wasEmpty;

    /** Opens the index in a folder, or makes an empty one there. */
    public SearchIndex(Path folder) throws IOException {
        this(FSDirectory.open(folder), 64);
    }

    /** @param bufferMb how much the writer buffers before it flushes a segment; more for bulk loads */
    public SearchIndex(Directory directory, double bufferMb) throws IOException {
        this(directory, bufferMb, Counting.DEFAULT);
    }

    /** @param counting when totals and facets are estimated rather than counted; tests lower the thresholds */
    SearchIndex(Directory directory, double bufferMb, Counting counting) throws IOException {
        this.directory = directory;
        wasEmpty = !DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(bufferMb);
        writer = new IndexWriter(directory, config);
        writer.commit();
        // each search reads the segments on its own thread: on a server busy with other requests, handing parts of
        // every search to a pool cost a tenth of the search page's processor time, and one search alone was no faster
        searchers = new SearcherManager(writer, new SearcherFactory());
        searching = new Searching(analyzer, counting);
    }

    /** @return true if the folder held no index when it was opened, so it must be filled from the database */
    public boolean wasEmpty() {
        return wasEmpty;
    }

    /** Adds or replaces items; they become searchable and durable at the next {@link #commit()}. */
    public void put(Collection<SearchItem> items) throws IOException {
        long now = System.currentTimeMillis();
        for (SearchItem item : items) {
            writer.updateDocument(new Term(Fields.KEY, item.key()), ItemDocuments.of(item, now));
        }
    }

    /** Removes an item and what belongs to it (a post's comments); effective at the next {@link #commit()}. */
    public void delete(String key) throws IOException {
        writer.deleteDocuments(new Term(Fields.KEY, key), new Term(Fields.PARENT, key));
    }

    /** Removes what was last written before {@code millis}: what a rebuild that started then did not find. */
    public void deleteIndexedBefore(long millis) throws IOException {
        writer.deleteDocuments(LongPoint.newRangeQuery(Fields.INDEXED, Long.MIN_VALUE, millis - 1));
    }

    /** Makes the changes durable and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** @return how many items the index holds */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Searches; totals, facets and snippets only come from what {@link SearchRequest#readableSpaces()} allows. */
    public Found search(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searching.search(searcher, request);
        } finally {
            searchers.release(searcher);
        }
    }

    /** @return people, spaces and hashtags whose words start with the prefix, among what the reader may see */
    public List<Suggestion> suggest(String prefix, ReadableSpaces readableSpaces, int perType)
            throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searching.suggest(searcher, prefix, readableSpaces, perType);
        } finally {
            searchers.release(searcher);
        }
    }

    /** @return false once the index writer was closed, by {@link #close} or by an error it cannot recover from */
    public boolean isOpen() {
        return writer.isOpen();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
