package org.agora.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.spaces.model.ReadableSpaces;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/** Runs searches and suggestions against one point-in-time view of the index. */
final class Searching {

    private static final String[] HIGHLIGHTED = Queries.HIGHLIGHTED.toArray(String[]::new);
    private static final int SNIPPET = 200;
    private static final Sort BY_DATE = new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true));

    private final Analyzer analyzer;
    private final Queries queries;
    private final FacetCounting facets = new FacetCounting();
    private final Counting counting;

    Searching(Analyzer analyzer, Counting counting) {
        this.analyzer = analyzer;
        this.counting = counting;
        this.queries = new Queries(analyzer);
    }

    /**
     * @return what is not a plugin's content item (whose type, such as {@code wiki.page}, names its plugin before a
     *         dot), or the content item of a plugin that may be found
     */
    private static Query ofModules(java.util.Set<String> modules) {
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new RegexpQuery(new Term(Fields.TYPE, "[^.]+")), BooleanClause.Occur.SHOULD);
        modules.forEach(m -> any.add(new PrefixQuery(new Term(Fields.TYPE, m + ".")), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    Found search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Queries.Built built = queries.build(request.text(), searcher.getIndexReader());
        if (built == null) {
            return Found.nothing();
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(built.query(), BooleanClause.Occur.MUST);
        readable(request.readableSpaces()).ifPresent(f -> filtered.add(f, BooleanClause.Occur.FILTER));
        filtered.add(othersConversations(request.conversations()), BooleanClause.Occur.MUST_NOT);
        chosen(request).forEach(f -> filtered.add(f, BooleanClause.Occur.FILTER));
        if (request.modules() != null) {
            filtered.add(ofModules(request.modules()), BooleanClause.Occur.FILTER);
        }
        Query query = filtered.build();
        // past the counted matches, Lucene stops counting and skips the matches that cannot make the top
        int counted = counting.counted();
        TopDocs top;
        if (request.byDate()) {
            top = searcher.search(query, new TopFieldCollectorManager(BY_DATE, request.limit(), null, counted));
        } else {
            top = RecencyBoost.rescore(searcher, searcher.search(query, new TopScoreDocCollectorManager(
                    Math.max(request.limit(), RecencyBoost.WINDOW), null, counted)), request.now().toEpochMilli(),
                    request.limit());
        }
        Counting.Matches matches = counting.matches(searcher, query, top.totalHits,
                request.text().toString().hashCode());
        return new Found(matches.total(), matches.estimated(), hits(searcher, built.highlight(), top),
                facets.count(searcher, matches.collector(), matches.rate(), request.now()));
    }

    /**
     * @return the filter to what the reader may see: company-wide items and the readable spaces'. The company-wide
     *         items are a quarter of the index, so they are a term of their own that the search skips through
     *         rather than part of a set whose every match would be gathered first.
     */
    private static Optional<Query> readable(ReadableSpaces spaces) {
        if (spaces.isEvery()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SPACE, "0")), BooleanClause.Occur.SHOULD);
        if (!spaces.ids().isEmpty()) {
            any.add(new TermInSetQuery(Fields.SPACE, spaces.ids().stream().sorted()
                    .map(id -> new BytesRef(Long.toString(id))).toList()), BooleanClause.Occur.SHOULD);
        }
        return Optional.of(any.build());
    }

    /** @return the messages of the conversations the reader does not read, which no space's rights open */
    private static Query othersConversations(Set<Long> mine) {
        BooleanQuery.Builder others = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.CONVERSATION, Fields.IN_CONVERSATION)), BooleanClause.Occur.MUST);
        if (!mine.isEmpty()) {
            others.add(new TermInSetQuery(Fields.CONVERSATION, mine.stream().sorted()
                    .map(id -> new BytesRef(Long.toString(id))).toList()), BooleanClause.Occur.MUST_NOT);
        }
        return others.build();
    }

    private static List<Query> chosen(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (request.type() != null) {
            filters.add(new TermQuery(new Term(Fields.TYPE, request.type())));
        }
        if (request.spaceId() != null) {
            filters.add(new TermQuery(new Term(Fields.SPACE, request.spaceId().toString())));
        }
        if (request.authorId() != null) {
            filters.add(new TermQuery(new Term(Fields.AUTHOR, request.authorId().toString())));
        }
        if (request.tag() != null) {
            filters.add(new TermQuery(new Term(Fields.TAG, request.tag())));
        }
        if (request.period() != null) {
            filters.add(LongPoint.newRangeQuery(Fields.CREATED,
                    request.period().since(request.now()).toEpochMilli(), Long.MAX_VALUE));
        }
        return filters;
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        Map<Integer, Document> docs = documents(searcher, top);
        UnifiedHighlighter highlighter = new LoadedTexts(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000), docs);
        Map<String, String[]> snippets = highlighter.highlightFields(HIGHLIGHTED, query, top, new int[] {2, 2});
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document doc = docs.get(top.scoreDocs[i].doc);
            String snippet = null;
            for (String field : HIGHLIGHTED) {
                String s = snippets.get(field)[i];
                if (s != null && !s.isBlank()) {
                    snippet = s;
                }
            }
            if (snippet == null) {
                snippet = escape(abbreviate(text(doc)));
            }
            hits.add(new Hit(doc.get(Fields.TYPE), doc.getField(Fields.ID).numericValue().longValue(),
                    doc.get(Fields.TITLE), author(doc), doc.get(Fields.AUTHOR_NAME), doc.get(Fields.SPACE_NAME), snippet,
                    Instant.ofEpochMilli(doc.getField(Fields.CREATED).numericValue().longValue()),
                    doc.get(Fields.LINK)));
        }
        return hits;
    }

    /**
     * The stored fields of the hits, read by one reader in the index's order: hits stored in the same compressed
     * block (items written about the same time) cost one decompression, where a reader for each hit decompressed its
     * block every time.
     */
    private static Map<Integer, Document> documents(IndexSearcher searcher, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] ids = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).sorted().toArray();
        Map<Integer, Document> docs = new HashMap<>();
        for (int id : ids) {
            docs.put(id, stored.document(id));
        }
        return docs;
    }

    /** A highlighter that takes the hits' texts already read, instead of reading every hit's stored fields again. */
    private static final class LoadedTexts extends UnifiedHighlighter {

        private final Map<Integer, Document> docs;

        LoadedTexts(Builder builder, Map<Integer, Document> docs) {
            super(builder);
            this.docs = docs;
        }

        // as the highlighter's own: the next documents of the iterator, until their texts pass the threshold
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            int chars = 0;
            do {
                int id = docIter.nextDoc();
                if (id == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                Document doc = docs.get(id);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = doc == null ? null : doc.get(fields[i]);
                    byField[i] = value == null || value.length() <= getMaxLength() ? value
                            : value.substring(0, getMaxLength());
                    chars += byField[i] == null ? 0 : byField[i].length();
                }
                values.add(byField);
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return values;
        }
    }

    private static Long author(Document doc) {
        String id = doc.get(Fields.AUTHOR);
        return id == null ? null : Long.valueOf(id);
    }

    private static String text(Document doc) {
        for (String field : HIGHLIGHTED) {
            IndexableField f = doc.getField(field);
            if (f != null) {
                return f.stringValue();
            }
        }
        return "";
    }

    List<Suggestion> suggest(IndexSearcher searcher, String prefix, ReadableSpaces readableSpaces,
                             int perType) throws IOException {
        String normalised = analyzer.normalize(Fields.TITLE, prefix.strip()).utf8ToString();
        String[] words = normalised.split("[^\\p{L}\\p{N}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        if (last.isEmpty()) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        for (String type : List.of("person", "space")) {
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER)
                    .add(new PrefixQuery(new Term(Fields.TITLE, last)), BooleanClause.Occur.MUST);
            readable(readableSpaces).ifPresent(f -> q.add(f, BooleanClause.Occur.FILTER));
            TopDocs top = searcher.search(q.build(), perType, BY_DATE);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                out.add(new Suggestion(type, doc.get(Fields.TITLE), doc.get(Fields.LINK)));
            }
        }
        BooleanQuery.Builder tagged = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(Fields.TAG, last)), BooleanClause.Occur.MUST);
        readable(readableSpaces).ifPresent(f -> tagged.add(f, BooleanClause.Occur.FILTER));
        // a conversation's words are not suggested to anyone
        tagged.add(othersConversations(Set.of()), BooleanClause.Occur.MUST_NOT);
        for (String tag : facets.tagsStartingWith(searcher, tagged.build(), last, perType)) {
            out.add(new Suggestion("hashtag", "#" + tag, "/hashtags/" + tag));
        }
        return out;
    }

    static String abbreviate(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + " …";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
