/**
 * Unified search: posts, comments, people, spaces and documents in one Lucene index, fed through a durable outbox
 * written in the transaction of each change and drained after commit, filtered at query time by what the reader may
 * see. Content types come from {@link org.agora.search.SearchSource} beans.
 */
package org.agora.search;
