package org.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import org.agora.feed.PostService;
import org.agora.it.support.Agora;
import org.agora.it.support.OwnDeployment;
import org.agora.people.AccountService;
import org.agora.search.SearchItemChanged;
import org.agora.search.SearchService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside Agora on Liberty: changes committed while the indexer does not run (stopped, or the process killed
 * between the commit and the index) wait in the outbox and reach the index when it drains again, once each.
 */
@OwnDeployment
class SearchCatchUpIT {

    @Deployment
    static EnterpriseArchive agora() {
        return Agora.earRunning(SearchCatchUpIT.class);
    }

    @Inject
    PostService posts;

    @Inject
    SearchService search;

    @Inject
    AccountService accounts;

    @Inject
    Event<SearchItemChanged> changed;

    @Test
    void changesCommittedWhileTheIndexerIsStoppedAreTakenInOnceWhenItDrainsAgain() throws Exception {
        if (accounts.needsFirstAdmin()) {
            accounts.createFirstAdmin("Irene Admin", "it-admin@agora.test", "integration-password");
        }
        long author = accounts.directory(0, 1).get(0).id();
        String word = "catchup" + System.nanoTime();
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

        search.pause();
        try {
            long postId = 0;
            for (int i = 0; i < 5; i++) {
                transaction.begin();
                postId = posts.publish(author, "Burst " + i + " " + word).id();
                transaction.commit();
            }
            assertEquals(0, search.search(word, author).total(), "nothing reaches the index while it is stopped");
            assertTrue(search.pending() >= 5, "the changes wait in the outbox");

            // a crash after the index took a change in but before the outbox forgot it: the change comes again
            transaction.begin();
            changed.fire(new SearchItemChanged("post", postId));
            transaction.commit();
        } finally {
            search.resume();
        }
        assertEquals(5, search.search(word, author).total(), "every change taken in, none twice");
        assertEquals(0, search.pending());
        assertEquals(0, search.drain(), "nothing left to do");
        assertEquals(5, search.search(word, author).total());
    }
}
