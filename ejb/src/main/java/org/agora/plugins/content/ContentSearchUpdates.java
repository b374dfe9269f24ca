package org.agora.plugins.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.agora.feed.ItemRemoved;
import org.agora.search.SearchItemChanged;

/** Takes a content item that someone deleted through Agora out of search, in the deletion's transaction. */
@ApplicationScoped
public class ContentSearchUpdates {

    @Inject
    Event<SearchItemChanged> changed;

    void onRemoved(@Observes ItemRemoved removed) {
        changed.fire(new SearchItemChanged(ContentSource.TYPE, removed.postId()));
    }
}
