package org.agora.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.feed.PostPublished;
import org.agora.feed.PostService;
import org.agora.spaces.SpaceService;

/**
 * Search over posts. The index lives under the data folder; when it is missing at start-up it is rebuilt from
 * the database.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    private static final int REBUILD_BATCH = 1000;
    public static final int MAX_HITS = 50;

    @Inject
    AgoraConfig config;

    @EJB
    PostService posts;

    @EJB
    SpaceService spaces;

    private PostIndex index;

    @PostConstruct
    void open() {
        try {
            Path folder = config.dataDir().resolve("index").resolve("posts");
            Files.createDirectories(folder);
            index = new PostIndex(folder);
            if (index.wasEmpty()) {
                rebuild();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
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

    /** Reads every post from the database into an emptied index. */
    @Lock(LockType.WRITE)
    public long rebuild() throws IOException {
        index.clear();
        long last = 0;
        long count = 0;
        List<PostPublished> batch;
        while (!(batch = posts.forIndexing(last, REBUILD_BATCH)).isEmpty()) {
            index.put(batch);
            last = batch.get(batch.size() - 1).postId();
            count += batch.size();
        }
        long indexed = count;
        LOG.info(() -> "Search index rebuilt with " + indexed + " posts");
        return count;
    }

    public void index(PostPublished post) throws IOException {
        index.put(List.of(post));
    }

    public void remove(long postId) throws IOException {
        index.delete(postId);
    }

    /** Searches what the reader may read: company-wide posts and posts of public spaces and of their spaces. */
    public SearchResults search(String query, long readerId) {
        try {
            return index.search(query, MAX_HITS, spaces.readableSpaceIds(readerId).map(ids -> ids));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    /** Checks that the index answers; for the health check. */
    public void probe() {
        try {
            index.search("health", 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }
}
