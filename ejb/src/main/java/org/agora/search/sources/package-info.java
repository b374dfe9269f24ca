/**
 * Where searchable items come from: one {@link org.agora.search.SearchSource} per kind of content, each deciding
 * who may see its items (the space they are filed under) and what of them is searchable.
 */
package org.agora.search.sources;
