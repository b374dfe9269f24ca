package org.agora.search;

import java.util.Collection;
import java.util.List;
import org.agora.search.index.SearchItem;

/**
 * A kind of searchable content and where it comes from. Search finds every CDI bean of this type, so a new kind of
 * content (a plugin's, through a later extension point) joins the index by providing one, without a change to the
 * search code. Sources are called inside a transaction.
 */
public interface SearchSource {

    /** @return the type of item this source describes, such as {@code post}; unique among sources */
    String type();

    /** @return the items of these ids that still exist, as the index should hold them; the others are deleted */
    List<SearchItem> load(Collection<Long> ids);

    /** @return up to {@code limit} ids greater than {@code afterId}, in increasing order, for a rebuild */
    List<Long> ids(long afterId, int limit);

    /** @return how many items a rebuild reads, for its progress */
    long count();
}
