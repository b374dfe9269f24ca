package org.agora.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/** Runs searches and suggestions against one point-in-time view of the index. */
final class Searching {

    private static final String[] HIGHLIGHTED = {Fields.textOf(Language.ENGLISH), Fields.textOf(Language.FRENCH)};
    private static final int SNIPPET = 200;
    /** facet counts above this many matches are estimated from a random sample of this size */
    static final int FACET_SAMPLE = 50_000;

    private final Analyzer analyzer;
    private final Queries queries;
    private final FacetCounting facets = new FacetCounting();

    Searching(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.queries = new Queries(analyzer);
    }

    Found search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Query parsed = queries.build(request.text());
        if (parsed == null) {
            return Found.nothing();
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        readable(request.readableSpaces()).ifPresent(f -> filtered.add(f, BooleanClause.Occur.FILTER));
        chosen(request).forEach(f -> filtered.add(f, BooleanClause.Occur.FILTER));
        Query query = filtered.build();
        TopDocs top;
        if (request.byDate()) {
            top = searcher.search(query, request.limit(),
                    new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true)));
        } else {
            top = RecencyBoost.rescore(searcher, searcher.search(query, Math.max(request.limit(),
                    RecencyBoost.WINDOW)), request.now().toEpochMilli(), request.limit());
        }
        // totals and facets in a second pass without scores; facets of very common words from a sample
        RandomSamplingFacetsCollector matches = searcher.search(new ConstantScoreQuery(query),
                RandomSamplingFacetsCollector.createManager(FACET_SAMPLE, 42));
        long total = matches.getOriginalMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        // the sample is drawn, and its rate known, on the first call
        matches.getMatchingDocs();
        double rate = matches.getSamplingRate() > 0 ? matches.getSamplingRate() : 1;
        return new Found(total, hits(searcher, parsed, top), facets.count(searcher, matches, rate, request.now()));
    }

    /** @return the filter to what the reader may see: company-wide items and the readable spaces' */
    private static Optional<Query> readable(Optional<Collection<Long>> spaces) {
        return spaces.map(ids -> new TermInSetQuery(Fields.SPACE, Stream.concat(Stream.of(0L), ids.stream())
                .map(id -> new BytesRef(Long.toString(id))).toList()));
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
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(HIGHLIGHTED, query, top, new int[] {2, 2});
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(scoreDoc.doc);
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
                    doc.get(Fields.TITLE), doc.get(Fields.AUTHOR_NAME), doc.get(Fields.SPACE_NAME), snippet,
                    Instant.ofEpochMilli(doc.getField(Fields.CREATED).numericValue().longValue()),
                    doc.get(Fields.LINK)));
        }
        return hits;
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

    List<Suggestion> suggest(IndexSearcher searcher, String prefix, Optional<Collection<Long>> readableSpaces,
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
            TopDocs top = searcher.search(q.build(), perType,
                    new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true)));
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                out.add(new Suggestion(type, doc.get(Fields.TITLE), doc.get(Fields.LINK)));
            }
        }
        BooleanQuery.Builder tagged = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(Fields.TAG, last)), BooleanClause.Occur.MUST);
        readable(readableSpaces).ifPresent(f -> tagged.add(f, BooleanClause.Occur.FILTER));
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
