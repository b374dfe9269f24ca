package org.agora.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.feed.PostPublished;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of posts on local disk. Thread-safe; one instance per index folder.
 *
 * <p>Queries use Lucene's simple syntax, which never fails on odd input: words, {@code "phrases"}, {@code -word},
 * {@code prefix*} and {@code a | b}.
 */
public final class PostIndex implements Closeable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String AUTHOR = "author";
    private static final String CREATED = "created";
    private static final String SPACE = "space";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean wasEmpty;

    public PostIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        wasEmpty = !DirectoryReader.indexExists(directory);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    /** @return true if the folder held no index when it was opened, so it must be filled from the database */
    public boolean wasEmpty() {
        return wasEmpty;
    }

    /** Adds or replaces posts and makes them searchable and durable. */
    public void put(List<PostPublished> posts) throws IOException {
        for (PostPublished post : posts) {
            Document doc = new Document();
            doc.add(new StringField(ID, Long.toString(post.postId()), Field.Store.YES));
            doc.add(new TextField(TEXT, post.plainText(), Field.Store.YES));
            doc.add(new TextField(AUTHOR, post.authorName(), Field.Store.YES));
            doc.add(new StringField(SPACE, Long.toString(post.spaceId()), Field.Store.NO));
            doc.add(new LongPoint(CREATED, post.createdAt().toEpochMilli()));
            doc.add(new StoredField(CREATED, post.createdAt().toEpochMilli()));
            writer.updateDocument(new Term(ID, Long.toString(post.postId())), doc);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Removes a post. */
    public void delete(long postId) throws IOException {
        writer.deleteDocuments(new Term(ID, Long.toString(postId)));
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Removes every post, before a rebuild. */
    public void clear() throws IOException {
        writer.deleteAll();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Searches everything; for administrators. */
    public SearchResults search(String queryText, int limit) throws IOException {
        return search(queryText, limit, Optional.empty());
    }

    /**
     * Searches the company-wide posts and those of the given spaces only, so that totals and snippets never
     * reveal what the reader may not see.
     *
     * @param readableSpaces the spaces whose posts the reader may read, or empty for all
     */
    public SearchResults search(String queryText, int limit, Optional<Collection<Long>> readableSpaces)
            throws IOException {
        if (queryText == null || queryText.isBlank()) {
            return SearchResults.empty("");
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, java.util.Map.of(TEXT, 1.0f, AUTHOR, 0.5f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(queryText);
        if (parsed == null) {
            return SearchResults.empty(queryText);
        }
        Query query = readableSpaces.<Query>map(spaces -> new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(SPACE, Stream.concat(Stream.of(0L), spaces.stream())
                        .map(id -> new BytesRef(Long.toString(id))).toList()), BooleanClause.Occur.FILTER)
                .build()).orElse(parsed);
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, limit);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(20_000)
                    .build();
            String[] snippets = highlighter.highlight(TEXT, query, top, 2);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document doc = searcher.storedFields().document(top.scoreDocs[i].doc);
                String snippet = snippets[i] != null ? snippets[i] : escape(abbreviate(doc.get(TEXT)));
                hits.add(new SearchHit(Long.parseLong(doc.get(ID)), doc.get(AUTHOR), snippet,
                        Instant.ofEpochMilli(doc.getField(CREATED).numericValue().longValue())));
            }
            return new SearchResults(queryText, top.totalHits.value(), hits);
        } finally {
            searchers.release(searcher);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + " …";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
