package org.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import org.agora.feed.PostService;
import org.agora.it.support.Agora;
import org.agora.it.support.OwnDeployment;
import org.agora.people.AccountService;
import org.agora.search.SearchService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside Agora on Liberty: a post whose transaction rolls back is never indexed, one that commits is found.
 */
@OwnDeployment
class RolledBackPostIT {

    @Deployment
    static EnterpriseArchive agora() {
        return Agora.earRunning(RolledBackPostIT.class);
    }

    @Inject
    PostService posts;

    @Inject
    SearchService search;

    @Inject
    AccountService accounts;

    @Test
    void aRolledBackPostIsNeverFoundAndACommittedOneIs() throws Exception {
        if (accounts.needsFirstAdmin()) {
            accounts.createFirstAdmin("Irene Admin", "it-admin@agora.test", "integration-password");
        }
        long author = accounts.directory(0, 1).get(0).id();
        String word = "rollback" + System.nanoTime();
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

        transaction.begin();
        posts.publish(author, "This post is rolled back: " + word);
        transaction.rollback();
        assertEquals(0, search.search(word, author).total());

        transaction.begin();
        posts.publish(author, "This post commits: " + word);
        assertEquals(0, search.search(word, author).total(), "not searchable before commit");
        transaction.commit();
        assertEquals(1, search.search(word, author).total());
    }
}
