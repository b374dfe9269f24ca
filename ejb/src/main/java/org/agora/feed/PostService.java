package org.agora.feed;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.content.RichText;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostText;
import org.agora.people.model.Person;
import org.agora.validation.InvalidInputException;

/** Writing posts and reading the company-wide feed. */
@Stateless
public class PostService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<PostPublished> published;

    /**
     * @throws InvalidInputException if the text is empty or too long
     */
    public PostView publish(long authorId, String markdown) {
        PostText text = new PostText(markdown);
        Person author = em.find(Person.class, authorId);
        if (author == null) {
            throw new InvalidInputException("author", "Your account no longer exists.");
        }
        Post post = new Post(author, text, Instant.now());
        em.persist(post);
        em.flush();
        published.fire(new PostPublished(post.getId(), author.getName(), RichText.toPlainText(post.getBody()),
                post.getCreatedAt()));
        return view(post);
    }

    /**
     * @param olderThan the cursor of the previous page, or null for the newest posts
     */
    public FeedPage companyFeed(Long olderThan) {
        // ids grow with time, so "older than the last post shown" is a stable cursor while new posts arrive
        List<Post> posts = em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author
                        WHERE p.id < :cursor ORDER BY p.id DESC""", Post.class)
                .setParameter("cursor", olderThan == null ? Long.MAX_VALUE : olderThan)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        boolean more = posts.size() > PAGE_SIZE;
        List<PostView> page = posts.stream().limit(PAGE_SIZE).map(PostService::view).toList();
        return new FeedPage(page, more ? page.get(page.size() - 1).id() : null);
    }

    /** @return the posts that still exist among {@code ids}, by id */
    public Map<Long, PostView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author WHERE p.id IN :ids", Post.class)
                .setParameter("ids", ids).getResultStream()
                .map(PostService::view)
                .collect(Collectors.toMap(PostView::id, Function.identity()));
    }

    /** @return up to {@code limit} posts after {@code afterId} in id order, as the search index needs them */
    public List<PostPublished> forIndexing(long afterId, int limit) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author WHERE p.id > :after ORDER BY p.id",
                        Post.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultStream()
                .map(p -> new PostPublished(p.getId(), p.getAuthor().getName(), RichText.toPlainText(p.getBody()),
                        p.getCreatedAt()))
                .toList();
    }

    private static PostView view(Post p) {
        Person a = p.getAuthor();
        return new PostView(p.getId(), a.getId(), a.getName(), a.getJobTitle(), p.getBodyHtml(), p.getCreatedAt());
    }
}
