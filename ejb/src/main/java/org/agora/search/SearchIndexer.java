package org.agora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;

/** Updates the index once a post's transaction has committed, so a rolled-back change is never seen. */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    SearchService search;

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostDeleted post) {
        try {
            search.remove(post.postId());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Post " + post.postId() + " could not be removed from the index", e);
        }
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished post) {
        try {
            search.index(post);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Post " + post.postId() + " could not be indexed", e);
        }
    }
}
