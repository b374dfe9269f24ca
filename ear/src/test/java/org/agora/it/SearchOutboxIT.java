package org.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import org.agora.feed.PostService;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.OwnDeployment;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.agora.people.AccountService;
import org.agora.search.ParkedChange;
import org.agora.search.SearchItemChanged;
import org.agora.search.SearchService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs inside Agora on Liberty, where the search index meets transactions: a post whose transaction rolls back is
 * never indexed; changes committed while the indexer does not run (stopped, or the process killed between the commit
 * and the index) wait in the outbox and reach the index when it drains again, once each; and a change the index
 * cannot take in (here: of a type no source provides, as when a plugin is removed) does not hold up the others: it
 * is tried again a few times (3 on the test server, after 1 s, then 2 s), then parked, kept, shown on the
 * administration's search page, and put back in line from there (the last test, through HTTP).
 */
@OwnDeployment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchOutboxIT {

    private static final String POISONED = "poisoned";
    private static final long ITEM = 42;
    /** The row of the poisoned change in the administration's table of parked changes. */
    private static final String ROW = ".parked tr.parked-change[data-type=" + POISONED + "]";

    @Deployment
    static EnterpriseArchive agora() {
        EnterpriseArchive ear = Agora.earRunning(SearchOutboxIT.class);
        // the HTTP test's helpers, as the container loads the whole class
        ear.getAsType(WebArchive.class, "agora-web.war").addPackage(AgoraClient.class.getPackage());
        return ear;
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
    @Order(1)
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

    @Test
    @Order(2)
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

    @Test
    @Order(3)
    void aChangeThatKeepsFailingIsParkedWhileTheOthersOfItsBatchArrive() throws Exception {
        if (accounts.needsFirstAdmin()) {
            accounts.createFirstAdmin("Irene Admin", "it-admin@agora.test", "integration-password");
        }
        long author = accounts.directory(0, 1).get(0).id();
        String word = "parking" + System.nanoTime();
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

        // one batch: the poisoned change first, then three posts
        search.pause();
        try {
            transaction.begin();
            changed.fire(new SearchItemChanged(POISONED, ITEM));
            transaction.commit();
            for (int i = 0; i < 3; i++) {
                transaction.begin();
                posts.publish(author, "Parking " + i + " " + word);
                transaction.commit();
            }
        } finally {
            search.resume();
        }
        assertEquals(3, search.search(word, author).total(), "the rest of the batch reached the index");
        assertEquals(Optional.empty(), parked(), "not given up on after one failure");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (parked().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        ParkedChange change = parked().orElseThrow(() -> new AssertionError("never parked"));
        assertEquals(3, change.attempts());
        assertTrue(change.error().contains("No search source for items of type " + POISONED), change.error());
        assertEquals(0, search.pending(), "parked, it no longer counts as waiting");
        assertEquals(0, search.drain(), "nor is it tried again by itself");
    }

    private Optional<ParkedChange> parked() {
        return search.parked().stream().filter(p -> p.type().equals(POISONED) && p.itemId() == ITEM).findFirst();
    }

    @Test
    @Order(4)
    @RunAsClient
    void administratorsSeeParkedChangesAndPutThemBackInLine() throws InterruptedException {
        // JUnit's assertions only: the container loads this class too, and has no AssertJ
        AgoraClient admin = TestAccounts.admin();
        String shown = POISONED + " " + ITEM;
        Page page = searchAdmin(admin);
        assertEquals(shown, page.text(ROW + " code"), page.toString());
        String error = page.text(ROW + " td.text-break");
        assertTrue(error.contains("No search source for items of type " + POISONED), error);
        String retry = page.one(ROW + " form").attr("action");
        assertTrue(retry.matches("/admin/search/parked/\\d+/retry"), retry);

        assertEquals(403, admin.postRaw(retry, Map.of()).status(), "without the CSRF token");
        AgoraClient member = TestAccounts.member("Pat Parker", Agora.unique("pat") + "@parking.test");
        member.get("/");
        assertEquals(403, member.post(retry, Map.of()).status(), "not an administrator");
        assertTrue(parkedItems(searchAdmin(admin)).contains(shown));

        Page retried = admin.post(retry, Map.of());
        assertEquals(303, retried.status(), retried.toString());
        assertFalse(parkedItems(searchAdmin(admin)).contains(shown), "back in line, with its attempts");
        // still failing, it is parked again after its attempts, and stays
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!parkedItems(searchAdmin(admin)).contains(shown)) {
            assertTrue(System.nanoTime() < deadline, "parked again");
            Thread.sleep(500);
        }
        assertEquals(404, admin.post("/admin/search/parked/999999999/retry", Map.of()).status());
    }

    /** @return the administration's search page, with its table of parked changes (or the line that says none) */
    private static Page searchAdmin(AgoraClient admin) {
        Page page = admin.get("/admin/search").titled("Search index");
        assertEquals("Changes the index gave up on", page.text(".parked h2"), page.toString());
        return page;
    }

    /** @return the parked changes the page lists, each as "type id" */
    private static List<String> parkedItems(Page page) {
        return page.select(".parked tr.parked-change code").eachText();
    }
}
