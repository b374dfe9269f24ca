package org.agora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.feed.PostPublished;

/** Adds a post to the index once its transaction has committed, so a rolled-back post is never found. */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    SearchService search;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished post) {
        try {
            search.index(post);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Post " + post.postId() + " could not be indexed", e);
        }
    }
}
