package org.agora.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

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
            doc.add(new LongPoint(CREATED, post.createdAt().toEpochMilli()));
            doc.add(new StoredField(CREATED, post.createdAt().toEpochMilli()));
            writer.updateDocument(new Term(ID, Long.toString(post.postId())), doc);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Removes every post, before a rebuild. */
    public void clear() throws IOException {
        writer.deleteAll();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public SearchResults search(String queryText, int limit) throws IOException {
        if (queryText == null || queryText.isBlank()) {
            return SearchResults.empty("");
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, java.util.Map.of(TEXT, 1.0f, AUTHOR, 0.5f));
        parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
        Query query = parser.parse(queryText);
        if (query == null) {
            return SearchResults.empty(queryText);
        }
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
