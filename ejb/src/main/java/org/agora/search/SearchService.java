package org.agora.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.content.RunningModules;
import org.agora.messaging.ConversationGate;
import org.agora.search.index.FacetCount;
import org.agora.search.index.Fields;
import org.agora.search.index.Found;
import org.agora.search.index.QueryText;
import org.agora.search.index.SearchIndex;
import org.agora.search.index.SearchRequest;
import org.agora.search.index.Suggestion;
import org.agora.search.model.RetryPolicy;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.ReadableSpaces;
import org.agora.validation.UnknownItemException;

/**
 * Search over everything an employee may see. The index lives under the data folder and follows the database
 * through the outbox: drained after each commit, every few seconds, and at start-up, so that changes committed
 * before a crash reach it on restart. When the index folder is missing it is rebuilt from the database.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {

    public static final int MAX_HITS = 50;
    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    private static final int BATCH = 200;
    private static final int SUGGESTIONS = 5;

    @EJB
    RunningModules modules;

    @Inject
    AgoraConfig config;

    @EJB
    Outbox outbox;

    @EJB
    SpaceAccess spaces;

    @EJB
    FacetLabels labels;

    @EJB
    ConversationGate conversations;

    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean paused;
    private volatile SearchIndex index;

    @PostConstruct
    void open() {
        try {
            Path folder = config.dataDir().resolve("index").resolve("items");
            Files.createDirectories(folder);
            index = new SearchIndex(folder);
            if (index.wasEmpty()) {
                rebuildNow();
            }
            drain();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** Opens the index again after an error closed its writer, so that search and indexing go on. */
    private void reopen() {
        try {
            try {
                // first, so that the broken writer's lock on the folder is gone
                index.close();
            } catch (IOException | RuntimeException alreadyBroken) {
                LOG.log(Level.FINE, "Closing the broken search index", alreadyBroken);
            }
            index = new SearchIndex(config.dataDir().resolve("index").resolve("items"));
            LOG.warning("The search index was opened again after an error closed it");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "The search index could not be opened again", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.warning(() -> "Closing the search index failed: " + e);
        }
    }

    /**
     * Searches what the reader may see: company-wide items, people, listed spaces, and the content of the spaces
     * whose content they may read, and the messages of the conversations they read, as of now.
     */
    public SearchResults search(SearchQuery query, long readerId) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return SearchResults.empty("");
        }
        ReadableSpaces readable = spaces.readableSpaces(readerId);
        try {
            Found found = index.search(new SearchRequest(QueryText.parse(text), readable, query.type(),
                    query.spaceId(), query.authorId(), query.tag(), query.period(), query.byDate(), MAX_HITS,
                    Instant.now(), modules.running(), Set.copyOf(conversations.readableIds(readerId))));
            Map<String, List<FacetCount>> facets = new HashMap<>(found.facets());
            facets.computeIfPresent(Fields.SPACE, (k, v) -> labels.spaces(v));
            facets.computeIfPresent(Fields.AUTHOR, (k, v) -> labels.people(v));
            return new SearchResults(text, found.total(), found.estimated(), found.hits(), facets);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    /** Searches by relevance with no facet chosen. */
    public SearchResults search(String query, long readerId) {
        return search(SearchQuery.of(query), readerId);
    }

    /** @return people, spaces and hashtags starting with what the reader typed, among what they may see */
    public List<Suggestion> suggest(String prefix, long readerId) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        try {
            return index.suggest(prefix, spaces.readableSpaces(readerId), SUGGESTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException("Suggestions failed", e);
        }
    }

    /**
     * Brings the outbox's changes into the index, oldest first, and removes them from the outbox once the index has
     * committed them. A change written twice (after a crash between the two steps) is written again, harmlessly. A
     * change whose item fails to load or to index does not hold up the others: it is tried again after a pause, a
     * few times, then parked for an administrator ({@link #parked()}), and logged once.
     *
     * @return how many changes were taken in
     */
    public int drain() {
        if (paused) {
            return 0;
        }
        draining.lock();
        try {
            int total = 0;
            Intake intake = new Intake(outbox::load, index);
            List<OutboxChange> due;
            while (!paused && !(due = outbox.due(BATCH, Instant.now())).isEmpty()) {
                Intake.Result result = intake.take(due);
                outbox.remove(result.done());
                if (!result.failed().isEmpty()) {
                    for (OutboxChange parked : outbox.failed(result.failed(), Instant.now(), retryPolicy())) {
                        LOG.warning(() -> "The search index gave up on " + parked.type() + " " + parked.itemId()
                                + " after " + retryPolicy().attempts() + " attempts (" + result.failed()
                                .get(parked.entryId()) + "); it waits on the administration's search page");
                    }
                }
                total += result.done().size();
            }
            return total;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not take in the latest changes; it tries again shortly", e);
            if (!index.isOpen()) {
                reopen();
            }
            return 0;
        } finally {
            draining.unlock();
        }
    }

    private RetryPolicy retryPolicy() {
        return new RetryPolicy(config.searchRetryAttempts(), config.searchRetryPause());
    }

    /** @return the changes the index gave up on, oldest first */
    public List<ParkedChange> parked() {
        return outbox.parked();
    }

    /**
     * Puts a parked change back in line with all its attempts, for when its cause is fixed, and drains at once.
     *
     * @throws UnknownItemException if no such change is parked
     */
    public void retry(long entryId) {
        if (!outbox.retry(entryId)) {
            throw new UnknownItemException("error.search.parked.unknown", entryId);
        }
        drain();
    }

    /** Every few seconds, in case an after-commit drain failed or another server wrote to the outbox. */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        drain();
    }

    /** Stops taking in changes, which wait in the outbox; for maintenance and for tests of the catch-up. */
    public void pause() {
        paused = true;
    }

    /** Takes in changes again, starting with those that waited. */
    public int resume() {
        paused = false;
        return drain();
    }

    /** @return how many changes wait in the outbox */
    public long pending() {
        return outbox.pending();
    }

    /** Reads every item from the database into the index, in place: search answers meanwhile. */
    private void rebuildNow() throws IOException {
        long started = System.currentTimeMillis();
        long count = 0;
        for (String type : outbox.sourcesByType().keySet()) {
            long last = 0;
            List<Long> ids;
            while (!(ids = outbox.ids(type, last, BATCH)).isEmpty()) {
                write(type, ids);
                last = ids.get(ids.size() - 1);
                count += ids.size();
            }
        }
        finishRebuild(started);
        long indexed = count;
        LOG.info(() -> "Search index rebuilt with " + indexed + " items");
    }

    /** Writes the current state of these items into the index; for rebuilds. */
    public void write(String type, List<Long> ids) throws IOException {
        index.put(outbox.load(type, ids));
        index.commit();
    }

    /** Ends a rebuild that started at {@code startedMillis}: drops what it did not find, as it no longer exists. */
    public void finishRebuild(long startedMillis) throws IOException {
        index.deleteIndexedBefore(startedMillis);
        index.commit();
    }

    /** @return the item types that sources provide */
    public List<String> types() {
        return outbox.sourcesByType().keySet().stream().sorted().toList();
    }

    /** @return how many items the index holds */
    public int size() throws IOException {
        return index.size();
    }

    /** Checks that the index opens a reader; for the health check, which must stay cheap on a big index. */
    public void probe() {
        try {
            index.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }
}
