/**
 * The search index itself, plain Java over Apache Lucene with no container: analysis in English and French, the
 * query language, facets, snippets and suggestions, with the reader's permissions applied to every answer. The
 * benchmark drives it directly.
 */
package org.agora.search.index;
