package org.agora.search.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Writes a {@link SearchItem} as a Lucene document: searched text, filter terms, facets and what a hit shows. */
final class ItemDocuments {

    static final FacetsConfig FACETS = facets();

    /** unstemmed words only need to say which items have them: no positions, frequencies or norms */
    private static final FieldType WORDS = words();

    private ItemDocuments() {
    }

    private static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.TAG, true);
        return config;
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    static Document of(SearchItem item, long indexedAt) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, item.key(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, item.facetType(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, item.facetType()));
        doc.add(new StoredField(Fields.ID, item.id()));
        String space = Long.toString(item.spaceId());
        doc.add(new StringField(Fields.SPACE, space, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.SPACE, space));
        if (item.spaceName() != null) {
            doc.add(new StoredField(Fields.SPACE_NAME, item.spaceName()));
        }
        if (item.authorId() != 0) {
            String author = Long.toString(item.authorId());
            doc.add(new StringField(Fields.AUTHOR, author, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.AUTHOR, author));
        }
        if (item.authorName() != null) {
            doc.add(new TextField(Fields.AUTHOR_NAME, item.authorName(), Field.Store.YES));
        }
        for (String tag : item.hashtags()) {
            String t = tag.toLowerCase(Locale.ROOT);
            doc.add(new StringField(Fields.TAG, t, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.TAG, t));
        }
        if (item.title() != null) {
            doc.add(new TextField(Fields.TITLE, item.title(), Field.Store.YES));
        }
        Language language = item.effectiveLanguage();
        doc.add(new StoredField(Fields.LANGUAGE, language.name()));
        doc.add(new TextField(Fields.textOf(language), item.text(), Field.Store.YES));
        doc.add(new Field(Fields.WORDS, item.title() == null ? item.text() : item.title() + "\n" + item.text(),
                WORDS));
        long created = item.createdAt().toEpochMilli();
        doc.add(new LongPoint(Fields.CREATED, created));
        doc.add(new NumericDocValuesField(Fields.CREATED, created));
        doc.add(new StoredField(Fields.CREATED, created));
        doc.add(new LongPoint(Fields.INDEXED, indexedAt));
        if (item.parent() != null) {
            doc.add(new StringField(Fields.PARENT, item.parent(), Field.Store.NO));
        }
        if (item.conversationId() != 0) {
            doc.add(new StringField(Fields.CONVERSATION, Long.toString(item.conversationId()), Field.Store.NO));
            doc.add(new StringField(Fields.CONVERSATION, Fields.IN_CONVERSATION, Field.Store.NO));
        }
        if (item.link() != null) {
            doc.add(new StoredField(Fields.LINK, item.link()));
        }
        return FACETS.build(doc);
    }
}
