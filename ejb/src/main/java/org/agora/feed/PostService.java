package org.agora.feed;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.agora.content.Mentioned;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.content.RunningModules;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostAccess;
import org.agora.feed.model.PostText;
import org.agora.people.model.Person;
import org.agora.settings.SettingsService;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.ReadableSpaces;
import org.agora.spaces.model.Space;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;

/**
 * Publishing posts and reading them where the reader may; changing a published post is {@link PostEditing}'s and
 * the feeds are {@link FeedQueries}'.
 */
@Stateless
public class PostService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** the database of {@link #em}, for the pinned posts' query in SQL ({@link FeedSql}) */
    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @EJB
    RunningModules modules;

    @EJB
    SpaceAccess spaces;

    @EJB
    PostPublishing publishing;

    @EJB
    SettingsService settings;

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
            throw new InvalidInputException("author", "error.account.gone");
        }
        if (spaceId == null && !settings.companyPosting().allows(author.getRole())) {
            throw new AccessDeniedException("error.post.company");
        }
        Space space = spaceId == null ? null : publishing.writable(spaceId, authorId);
        References refs = References.of(text.markdown());
        Mentioned people = publishing.mentioned(refs);
        Post post = new Post(author, space, text, people, Instant.now());
        em.persist(post);
        em.flush();
        publishing.published(post, refs, people);
        return PostView.of(post);
    }

    /** @return safe HTML of Markdown as a post would show it, mentions linked; nothing is stored */
    public String preview(String markdown) {
        String text = markdown == null ? "" : markdown;
        return RichText.toHtml(text, publishing.mentioned(References.of(text)));
    }

    /**
     * @return the post, if it exists and the reader may read it
     */
    public Optional<PostView> read(long postId, long readerId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !mayRead(post, readerId) || !shown(post, modules.running())) {
            return Optional.empty();
        }
        return Optional.of(PostView.of(post));
    }

    /** @return the posts among {@code ids} that still exist and that the reader may read, by id */
    public Map<Long, PostView> readable(Collection<Long> ids, long readerId) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ReadableSpaces readableSpaces = spaces.readableSpaces(readerId);
        Set<String> running = modules.running();
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.space WHERE p.id IN :ids",
                        Post.class)
                .setParameter("ids", ids).getResultStream()
                .filter(p -> p.getSpace() == null || readableSpaces.allows(p.getSpace().getId()))
                .filter(p -> shown(p, running))
                .map(PostView::of)
                .collect(Collectors.toMap(PostView::id, Function.identity()));
    }

    /**
     * @return the ids among {@code ids} of the posts that still exist and that the reader may read, reading only
     *     where each post is (not its text), for checks on many posts at once
     */
    public Set<Long> readableIds(Collection<Long> ids, long readerId) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        ReadableSpaces readableSpaces = spaces.readableSpaces(readerId);
        Set<String> running = modules.running();
        return em.createQuery("SELECT p.id, s.id, p.pluginId FROM Post p LEFT JOIN p.space s WHERE p.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultStream()
                .filter(r -> r[1] == null || readableSpaces.allows((Long) r[1]))
                .filter(r -> r[2] == null || running.contains((String) r[2]))
                .map(r -> (Long) r[0])
                .collect(Collectors.toSet());
    }

    /**
     * @return whether the reader may read the post where it is (company-wide, or a space they read), whether or not
     *     its module runs now
     */
    public boolean mayRead(Post post, long readerId) {
        return PostAccess.readable(Optional.ofNullable(post.getSpace()).map(s -> spaces.access(s.getId(), readerId)));
    }

    /** @return false for a content item of a module that does not run now (see {@link RunningModules}) */
    private static boolean shown(Post post, Set<String> running) {
        return post.item().map(i -> running.contains(i.pluginId())).orElse(true);
    }

    /** @return the pinned posts of a space, newest first, if the reader may read the space */
    public List<PostView> pinned(long spaceId, long readerId) {
        if (!spaces.access(spaceId, readerId).canRead()) {
            throw new AccessDeniedException("error.space.read");
        }
        // by the index of pinned posts: Derby read every post of the space to find its few pinned ones
        List<Long> ids = FeedSql.select("p.id", FeedSql.PINNED).add("WHERE p.space_id = ? AND p.pinned = 1", spaceId)
                .ids(database, 0);
        return ids.isEmpty() ? List.of() : em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author JOIN FETCH p.space
                        WHERE p.id IN :ids ORDER BY p.id DESC""", Post.class)
                .setParameter("ids", ids).getResultStream().map(PostView::of).toList();
    }
}
