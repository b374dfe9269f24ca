package org.agora.feed;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.content.RichText;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostText;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceService;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.Space;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;

/** Writing posts, and reading them where the reader may: the home feed, space feeds and single posts. */
@Stateless
public class PostService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<PostPublished> published;

    @EJB
    SpaceService spaces;

    /** Writes a post on the company-wide feed. */
    public PostView publish(long authorId, String markdown) {
        return publish(authorId, null, markdown);
    }

    /**
     * Writes a post on the company-wide feed ({@code spaceId} null) or in a space the author is a member of.
     *
     * @throws InvalidInputException if the text is empty or too long
     * @throws AccessDeniedException if the author may not write in the space
     */
    public PostView publish(long authorId, Long spaceId, String markdown) {
        PostText text = new PostText(markdown);
        Person author = em.find(Person.class, authorId);
        if (author == null) {
            throw new InvalidInputException("author", "Your account no longer exists.");
        }
        Space space = null;
        if (spaceId != null) {
            Access access = spaces.access(spaceId, authorId);
            if (!access.canWrite()) {
                throw new AccessDeniedException(access.archived() ? "This space is archived: it is read-only."
                        : "Only members write in this space.");
            }
            space = em.find(Space.class, spaceId);
        }
        Post post = new Post(author, space, text, Instant.now());
        em.persist(post);
        em.flush();
        published.fire(new PostPublished(post.getId(), spaceId == null ? 0 : spaceId, author.getName(),
                RichText.toPlainText(post.getBody()), post.getCreatedAt()));
        return view(post);
    }

    /**
     * The home feed: company-wide posts and the posts of the reader's spaces, newest first.
     *
     * @param olderThan the cursor of the previous page, or null for the newest posts
     */
    public FeedPage homeFeed(long readerId, Long olderThan) {
        List<Long> mySpaces = new ArrayList<>(spaces.memberSpaceIds(readerId));
        mySpaces.add(-1L);
        // ids grow with time, so "older than the last post shown" is a stable cursor while new posts arrive
        return page(em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space s
                        WHERE p.id < :cursor AND (s IS NULL OR s.id IN :spaces)
                        ORDER BY p.id DESC""", Post.class)
                .setParameter("spaces", mySpaces), olderThan);
    }

    /**
     * A space's feed.
     *
     * @throws AccessDeniedException if the reader may not read the space
     */
    public FeedPage spaceFeed(long spaceId, long readerId, Long olderThan) {
        if (!spaces.access(spaceId, readerId).canRead()) {
            throw new AccessDeniedException("Only members read this space.");
        }
        return page(em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author JOIN FETCH p.space s
                        WHERE p.id < :cursor AND s.id = :space ORDER BY p.id DESC""", Post.class)
                .setParameter("space", spaceId), olderThan);
    }

    private FeedPage page(TypedQuery<Post> query, Long olderThan) {
        List<Post> posts = query.setParameter("cursor", olderThan == null ? Long.MAX_VALUE : olderThan)
                .setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = posts.size() > PAGE_SIZE;
        List<PostView> page = posts.stream().limit(PAGE_SIZE).map(PostService::view).toList();
        return new FeedPage(page, more ? page.get(page.size() - 1).id() : null);
    }

    /**
     * @return the post, if it exists and the reader may read it
     */
    public Optional<PostView> read(long postId, long readerId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !canRead(post, readerId)) {
            return Optional.empty();
        }
        return Optional.of(view(post));
    }

    /** @return the posts among {@code ids} that still exist and that the reader may read, by id */
    public Map<Long, PostView> readable(Collection<Long> ids, long readerId) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Optional<List<Long>> readableSpaces = spaces.readableSpaceIds(readerId);
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space WHERE p.id IN :ids",
                        Post.class)
                .setParameter("ids", ids).getResultStream()
                .filter(p -> p.getSpace() == null || readableSpaces.map(r -> r.contains(p.getSpace().getId()))
                        .orElse(true))
                .map(PostService::view)
                .collect(Collectors.toMap(PostView::id, Function.identity()));
    }

    private boolean canRead(Post post, long readerId) {
        return post.getSpace() == null || spaces.access(post.getSpace().getId(), readerId).canRead();
    }

    /** @return up to {@code limit} posts after {@code afterId} in id order, as the search index needs them */
    public List<PostPublished> forIndexing(long afterId, int limit) {
        return em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space
                        WHERE p.id > :after ORDER BY p.id""", Post.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultStream()
                .map(p -> new PostPublished(p.getId(), p.getSpace() == null ? 0 : p.getSpace().getId(),
                        p.getAuthor().getName(), RichText.toPlainText(p.getBody()), p.getCreatedAt()))
                .toList();
    }

    private static PostView view(Post p) {
        Person a = p.getAuthor();
        Space s = p.getSpace();
        return new PostView(p.getId(), a.getId(), a.getName(), a.getJobTitle(), p.getBodyHtml(), p.getCreatedAt(),
                s == null ? null : s.getSlug(), s == null ? null : s.getName());
    }
}
