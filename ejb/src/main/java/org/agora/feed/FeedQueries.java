package org.agora.feed;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.agora.content.RunningModules;
import org.agora.feed.model.Post;
import org.agora.feed.model.TopScore.Activity;
import org.agora.follows.FollowService;
import org.agora.follows.model.Follow;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.ReadableSpaces;
import org.agora.validation.AccessDeniedException;

/**
 * The feeds, page by page and newest first, each showing only what the reader may read: the home feed, a hashtag's,
 * a space's and a person's posts. Paging goes by post id, so that new posts do not shift the pages.
 */
@Stateless
public class FeedQueries {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** the database of {@link #em}, for the feeds' queries in SQL ({@link FeedSql}) */
    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @EJB
    SpaceAccess spaces;

    @EJB
    FollowService follows;

    @EJB
    RunningModules modules;

    private static final String NEWEST_FIRST = " ORDER BY p.id DESC";

    /** Posts, and the content items of the modules that run now (see {@link RunningModules}). */
    private static final String SHOWN = " AND (p.pluginId IS NULL OR p.pluginId IN :modules)";

    /**
     * The home feed: company-wide posts, the posts of the reader's spaces and, from other spaces the reader may read,
     * the posts of the people and spaces they follow and with the hashtags they follow; newest first.
     *
     * @param olderThan the cursor of the previous page, or null for the newest posts
     */
    public FeedPage homeFeed(long readerId, Long olderThan) {
        // ids grow with time, so "older than the last post shown" is a stable cursor while new posts arrive
        return page((cursor, limit) -> home("p.id", readerId, cursor).add(NEWEST_FIRST).ids(database, limit),
                olderThan);
    }

    /**
     * The posts of the home feed written since a moment, newest first, with the counts the order "top" ranks by.
     *
     * @param upTo  the newest post id to include, so that a ranking stays the same while new posts arrive
     * @param limit at most this many posts
     */
    public List<Activity> homeActivity(long readerId, Instant since, long upTo, int limit) {
        // the oldest post of the period bounds the newest-first scan, which would go on through older posts
        Long first = em.createQuery("SELECT MIN(p.id) FROM Post p WHERE p.createdAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
        if (first == null) {
            return List.of();
        }
        FeedSql sql = home("p.id, p.created_at, p.comment_count, p.reaction_count", readerId,
                upTo == Long.MAX_VALUE ? upTo : upTo + 1)
                .add(" AND p.id >= ? AND p.created_at >= ?", first, Timestamp.from(since)).add(NEWEST_FIRST);
        return sql.rows(database, limit).stream()
                .map(r -> new Activity(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
    }

    /**
     * @param afterId the newest post the reader's page shows
     * @return how many posts newer than {@code afterId} the home feed now shows the reader, written by others (at
     *     most {@code limit})
     */
    public int newInHome(long readerId, long afterId, int limit) {
        return home("p.id", readerId, Long.MAX_VALUE).add(" AND p.id > ? AND p.author_id <> ?", afterId, readerId)
                .add(NEWEST_FIRST).ids(database, limit).size();
    }

    // the same rule as before in JPQL: company-wide posts, the reader's spaces, and what they follow where they may read
    private FeedSql home(String columns, long readerId, long cursor) {
        List<Long> mySpaces = new ArrayList<>(spaces.memberSpaceIds(readerId));
        mySpaces.add(-1L);
        ReadableSpaces readable = spaces.readableSpaces(readerId);
        List<String> tags = em.createQuery("SELECT f.tag FROM HashtagFollow f WHERE f.personId = :reader", String.class)
                .setParameter("reader", readerId).getResultList();
        List<Long> people = follows.followed(readerId, Follow.Kind.PERSON);
        List<Long> followedSpaces = follows.followed(readerId, Follow.Kind.SPACE);
        FeedSql sql = FeedSql.select(columns, FeedSql.NEWEST).add("WHERE p.id < ?", cursor)
                .add(" AND (p.plugin_id IS NULL OR p.plugin_id IN ").in(running()).add(")")
                .add(" AND (p.space_id IS NULL OR p.space_id IN ").in(mySpaces);
        if (!tags.isEmpty() || !people.isEmpty() || !followedSpaces.isEmpty()) {
            // what is followed comes in only from spaces the reader may read; an administrator reads them all
            String or = "";
            sql.add(" OR ((");
            if (!tags.isEmpty()) {
                sql.add("p.id IN (SELECT h.post_id FROM post_hashtag h WHERE h.tag IN ").in(tags).add(")");
                or = " OR ";
            }
            if (!people.isEmpty()) {
                sql.add(or + "p.author_id IN ").in(people);
                or = " OR ";
            }
            if (!followedSpaces.isEmpty()) {
                sql.add(or + "p.space_id IN ").in(followedSpaces);
            }
            sql.add(")");
            if (!readable.isEvery()) {
                sql.add(" AND p.space_id IN ").in(readable.idsOrNone());
            }
            sql.add(")");
        }
        return sql.add(")");
    }

    /**
     * The posts with a hashtag that the reader may read (company-wide, public spaces, their spaces), newest first.
     *
     * @param tag a tag as {@link References#hashtag} normalises it
     */
    public FeedPage taggedFeed(String tag, long readerId, Long olderThan) {
        return page(tagged("SELECT h.postId", " AND h.postId < :cursor ORDER BY h.postId DESC", Long.class, tag,
                readerId), olderThan);
    }

    /** The most posts a hashtag's page counts; beyond, it says "more than" that. */
    public static final int MOST_COUNTED = 1000;

    /**
     * @return how many posts with the hashtag the reader may read, up to {@link #MOST_COUNTED} + 1 for "more". Each
     *     post counted is checked against the spaces the reader may read: counting all 8,500 posts of a popular tag
     *     was 42 % of its page's time
     */
    public long countTagged(String tag, long readerId) {
        return tagged("SELECT h.postId", "", Long.class, tag, readerId).setMaxResults(MOST_COUNTED + 1)
                .getResultList().size();
    }

    // the tag rows carry their post's space and module: both are answered from the tag's index alone (joined with the
    // posts, Derby visited every post with the tag, or every post)
    private <T> TypedQuery<T> tagged(String select, String order, Class<T> type, String tag, long readerId) {
        ReadableSpaces readable = spaces.readableSpaces(readerId);
        String mayRead = readable.isEvery() ? "" : " AND (h.spaceId IS NULL OR h.spaceId IN :readable)";
        TypedQuery<T> query = em.createQuery(select + " FROM PostHashtag h WHERE h.tag = :tag"
                        + " AND (h.pluginId IS NULL OR h.pluginId IN :modules)" + mayRead + order, type)
                .setParameter("tag", tag).setParameter("modules", running());
        if (!readable.isEvery()) {
            query.setParameter("readable", readable.idsOrNone());
        }
        return query;
    }

    /**
     * A space's feed.
     *
     * @throws AccessDeniedException if the reader may not read the space
     */
    public FeedPage spaceFeed(long spaceId, long readerId, Long olderThan) {
        if (!spaces.access(spaceId, readerId).canRead()) {
            throw new AccessDeniedException("error.space.read");
        }
        return page((cursor, limit) -> FeedSql.select("p.id", FeedSql.SPACE_NEWEST)
                .add("WHERE p.space_id = ? AND p.id < ?", spaceId, cursor)
                .add(" AND (p.plugin_id IS NULL OR p.plugin_id IN ").in(running()).add(")")
                .add(NEWEST_FIRST).ids(database, limit), olderThan);
    }

    /**
     * A person's posts that the reader may read, newest first: company-wide posts, posts in public spaces and in the
     * reader's spaces; an administrator reads all. As in the home feed, no post of another space is ever listed.
     *
     * @param olderThan the cursor of the previous page, or null for the newest posts
     */
    public FeedPage byAuthor(long authorId, long readerId, Long olderThan) {
        Person author = em.find(Person.class, authorId);
        if (author == null) {
            return new FeedPage(List.of(), null);
        }
        ReadableSpaces readable = spaces.readableSpaces(readerId);
        if (readable.isEvery()) {
            return page(shown(em.createQuery("""
                            SELECT p.id FROM Post p
                            WHERE p.id < :cursor AND p.author = :author""" + SHOWN + " ORDER BY p.id DESC",
                            Long.class)).setParameter("author", author), olderThan);
        }
        return page(shown(em.createQuery("""
                        SELECT p.id FROM Post p LEFT JOIN p.space s
                        WHERE p.id < :cursor AND p.author = :author
                          AND (s IS NULL OR s.id IN :spaces)""" + SHOWN + " ORDER BY p.id DESC", Long.class))
                .setParameter("author", author).setParameter("spaces", readable.idsOrNone()), olderThan);
    }

    private <T> TypedQuery<T> shown(TypedQuery<T> query) {
        return query.setParameter("modules", running());
    }

    /** @return the ids of the modules that run now, and one that no module has: {@code IN ()} is not SQL */
    private List<String> running() {
        List<String> running = new ArrayList<>(modules.running());
        running.add("-");
        return running;
    }

    /**
     * One page of the posts whose ids the query finds, newest first. The ids come first, then the page's posts with
     * their authors and spaces: Derby sorts whole rows, texts included, so asking for whole posts made it read and
     * sort the text of every matching post (8 s for a home feed over 200,000 posts).
     */
    private FeedPage page(TypedQuery<Long> query, Long olderThan) {
        return page((cursor, limit) -> query.setParameter("cursor", cursor).setMaxResults(limit).getResultList(),
                olderThan);
    }

    private FeedPage page(Ids query, Long olderThan) {
        List<Long> ids = query.find(olderThan == null ? Long.MAX_VALUE : olderThan, PostService.PAGE_SIZE + 1);
        boolean more = ids.size() > PostService.PAGE_SIZE;
        List<Long> shown = ids.stream().limit(PostService.PAGE_SIZE).toList();
        List<PostView> page = shown.isEmpty() ? List.of() : em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space
                        WHERE p.id IN :ids ORDER BY p.id DESC""", Post.class)
                .setParameter("ids", shown).getResultStream().map(PostView::of).toList();
        return new FeedPage(page, more ? page.get(page.size() - 1).id() : null);
    }

    /** The ids of a feed's posts older than a cursor, newest first. */
    @FunctionalInterface
    private interface Ids {
        List<Long> find(long cursor, int limit);
    }
}
