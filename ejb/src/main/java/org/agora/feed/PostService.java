package org.agora.feed;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.content.Mentioned;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.content.RunningModules;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.ItemText;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostAccess;
import org.agora.feed.model.PostRevision;
import org.agora.feed.model.PostText;
import org.agora.hashtags.model.PostHashtag;
import org.agora.mentions.MentionService;
import org.agora.mentions.model.PostMention;
import org.agora.people.Roles;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.settings.SettingsService;
import org.agora.spaces.SpaceService;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.ReadableSpaces;
import org.agora.spaces.model.Space;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Writing posts (editing, pinning, deleting them) and reading single posts where the reader may; the feeds are
 * {@link FeedQueries}'.
 */
@Stateless
public class PostService {

    public static final int PAGE_SIZE = 20;

    @Inject
    Roles roles;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    RunningModules modules;

    @Inject
    Event<PostPublished> published;

    @Inject
    Event<PostDeleted> deleted;

    @Inject
    Event<PostMentioned> mentionedEvent;

    @Inject
    Event<ItemRemoved> itemRemoved;

    @EJB
    SpaceService spaces;

    @EJB
    MentionService mentions;

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
        Space space = null;
        if (spaceId == null && !settings.companyPosting().allows(author.getRole())) {
            throw new AccessDeniedException("error.post.company");
        }
        if (spaceId != null) {
            Access access = spaces.access(spaceId, authorId);
            if (!access.canWrite()) {
                throw new AccessDeniedException(access.archived() ? "error.space.archived" : "error.space.write");
            }
            space = em.find(Space.class, spaceId);
        }
        References refs = References.of(text.markdown());
        Mentioned people = mentions.named(refs.handles());
        Post post = new Post(author, space, text, people, Instant.now());
        em.persist(post);
        em.flush();
        remember(post, refs, people.ids(), Set.of());
        fireChanged(post);
        return view(post);
    }

    /**
     * Publishes a plugin's content item, company-wide ({@code spaceId} null) or in a space where the author may
     * write; the plugin decides who publishes company-wide. Mentions notify and hashtags are kept as for a post.
     *
     * @throws InvalidInputException if the text is too long
     * @throws AccessDeniedException if the author may not write in the space
     */
    public PostView publishItem(long authorId, Long spaceId, ItemContent item, String markdown) {
        return publishItem(authorId, authorId, spaceId, item, markdown);
    }

    /**
     * Publishes a plugin's content item in the name of one person after checking that another may write there: the
     * anonymous author for a person who publishes anonymously, whose id is used for the check only.
     */
    public PostView publishItem(long authorId, long writerId, Long spaceId, ItemContent item, String markdown) {
        ItemText text = new ItemText(markdown);
        Person author = em.find(Person.class, authorId);
        if (author == null || em.find(Person.class, writerId) == null) {
            throw new InvalidInputException("author", "error.account.gone");
        }
        Space space = spaceId == null ? null : writable(spaceId, writerId);
        References refs = References.of(text.markdown());
        Mentioned people = mentions.named(refs.handles());
        Post post = new Post(author, space, item, text, people, Instant.now());
        em.persist(post);
        em.flush();
        post.linkToOwnId();
        remember(post, refs, people.ids(), Set.of());
        fireChanged(post);
        return view(post);
    }

    /**
     * Replaces a plugin's content item's text, title and link, keeping the former text as a revision; people
     * mentioned for the first time are notified.
     *
     * @throws UnknownItemException  if there is no such item of the plugin
     * @throws AccessDeniedException if the editor may not write in its space
     */
    public PostView reviseItem(long postId, long editorId, ItemContent item, String markdown) {
        return reviseItem(postId, editorId, editorId, item, markdown);
    }

    /**
     * Revises a plugin's content item, recording {@code editorId} as the editor after checking that {@code writerId}
     * may write in its space: the anonymous author for a person who edits anonymously.
     */
    public PostView reviseItem(long postId, long editorId, long writerId, ItemContent item, String markdown) {
        ItemText text = new ItemText(markdown);
        Post post = em.find(Post.class, postId);
        if (post == null || post.item().filter(i -> i.pluginId().equals(item.pluginId())).isEmpty()) {
            throw new UnknownItemException("error.item.unknown");
        }
        if (post.getSpace() != null) {
            writable(post.getSpace().getId(), writerId);
        }
        References refs = References.of(text.markdown());
        Mentioned people = mentions.named(refs.handles());
        em.persist(post.revise(item, editorId, text, people, Instant.now()));
        rememberAgain(post, refs, people.ids());
        fireChanged(post);
        return view(post);
    }

    /** Deletes a plugin's content item on the plugin's request, with what hangs on it; the plugin is not told. */
    public void deleteItem(long postId, String pluginId) {
        Post post = em.find(Post.class, postId);
        if (post == null || post.item().filter(i -> i.pluginId().equals(pluginId)).isEmpty()) {
            return;
        }
        deleted.fire(new PostDeleted(postId));
        em.remove(post);
    }

    /** @return the ids of a plugin's content items, for purging its data */
    public List<Long> itemIds(String pluginId) {
        return em.createQuery("SELECT p.id FROM Post p WHERE p.pluginId = :plugin", Long.class)
                .setParameter("plugin", pluginId).getResultList();
    }

    /** @return true if the person may write in the space now */
    public boolean mayWrite(long spaceId, long personId) {
        return spaces.access(spaceId, personId).canWrite();
    }

    private Space writable(long spaceId, long personId) {
        Access access = spaces.access(spaceId, personId);
        if (!access.canWrite()) {
            throw new AccessDeniedException(access.archived() ? "error.space.archived" : "error.space.write");
        }
        return em.find(Space.class, spaceId);
    }

    private void fireChanged(Post post) {
        published.fire(new PostPublished(post.getId(), post.getSpace() == null ? 0 : post.getSpace().getId(),
                post.getAuthor().getName(), RichText.toPlainText(post.getBody()), post.getCreatedAt()));
    }

    /**
     * Stores the post's hashtags and mentions, and notifies the people it mentions for the first time.
     *
     * @param notified the people already told about the post
     */
    private void remember(Post post, References refs, Map<String, Long> people, Set<Long> notified) {
        Long spaceId = post.getSpace() == null ? null : post.getSpace().getId();
        refs.hashtags().forEach(tag -> em.persist(new PostHashtag(post.getId(), tag, spaceId,
                post.item().map(ItemContent::pluginId).orElse(null))));
        Set<Long> mentioned = new HashSet<>(people.values());
        mentions.remember(post.getId(), mentioned);
        mentioned.remove(post.getAuthor().getId());
        mentioned.removeAll(notified);
        if (!mentioned.isEmpty()) {
            mentionedEvent.fire(new PostMentioned(post.getId(), post.getAuthor().getId(),
                    post.getSpace() == null ? null : post.getSpace().getId(), mentioned));
        }
    }

    /**
     * @return the post, if it exists and the reader may read it
     */
    public Optional<PostView> read(long postId, long readerId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !canRead(post, readerId) || !shown(post, modules.running())) {
            return Optional.empty();
        }
        return Optional.of(view(post));
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
                .map(PostService::view)
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

    /** @return false for a content item of a module that does not run now (see {@link RunningModules}) */
    private static boolean shown(Post post, Set<String> running) {
        return post.item().map(i -> running.contains(i.pluginId())).orElse(true);
    }

    /** @return safe HTML of Markdown as a post would show it, mentions linked; nothing is stored */
    public String preview(String markdown) {
        String text = markdown == null ? "" : markdown;
        References refs = References.of(text);
        return RichText.toHtml(text, mentions.named(refs.handles()));
    }

    /** @return the Markdown of a post, for its author to edit */
    public String markdown(long postId, long readerId) {
        Post post = readable(postId, readerId);
        if (post.getAuthor().getId() != readerId || post.item().isPresent()) {
            throw new AccessDeniedException(post.item().isPresent() ? "error.item.edit" : "error.post.edit");
        }
        return post.getBody();
    }

    /** @return what the reader may do with the post; nothing if they may not read it */
    public PostPermissions permissions(long postId, long readerId) {
        Post post = readable(postId, readerId);
        PostAccess access = access(post, readerId);
        return new PostPermissions(access.canEdit(), access.canDelete(), access.canSeeHistory(), access.canPin(),
                post.isPinned());
    }

    /** @return the rules of the post for the reader, whether or not they may read it */
    public PostAccess access(Post post, long readerId) {
        boolean author = post.getAuthor().getId() == readerId;
        boolean item = post.item().isPresent();
        if (post.getSpace() == null) {
            return PostAccess.companyWide(author, roles.moderates(readerId), item);
        }
        Access space = spaces.access(post.getSpace().getId(), readerId);
        return PostAccess.inSpace(author, space, roles.moderates(readerId), item);
    }

    /**
     * Replaces a post's text, keeping the former one as a revision.
     *
     * @throws AccessDeniedException if the editor is not the author or the space is archived
     */
    public PostView edit(long postId, long editorId, String markdown) {
        PostText text = new PostText(markdown);
        Post post = readable(postId, editorId);
        if (!permissions(postId, editorId).canEdit()) {
            throw new AccessDeniedException(post.item().isPresent() ? "error.item.edit" : "error.post.edit");
        }
        References refs = References.of(text.markdown());
        Mentioned people = mentions.named(refs.handles());
        em.persist(post.edit(editorId, text, people, Instant.now()));
        rememberAgain(post, refs, people.ids());
        fireChanged(post);
        return view(post);
    }

    /** Replaces an edited post's hashtags and mentions; only people mentioned for the first time are notified. */
    private void rememberAgain(Post post, References refs, Map<String, Long> people) {
        long postId = post.getId();
        Set<Long> before = new HashSet<>(em.createQuery(
                        "SELECT m.personId FROM PostMention m WHERE m.postId = :post", Long.class)
                .setParameter("post", postId).getResultList());
        em.createQuery("DELETE FROM PostMention m WHERE m.postId = :post").setParameter("post", postId).executeUpdate();
        em.createQuery("DELETE FROM PostHashtag h WHERE h.postId = :post").setParameter("post", postId).executeUpdate();
        remember(post, refs, people, before);
        em.flush();
    }

    /** Pins a post at the top of its space's feed, or takes it off; the space's moderators only. */
    public void pin(long postId, long personId, boolean pinned) {
        Post post = readable(postId, personId);
        if (!permissions(postId, personId).canPin()) {
            throw new AccessDeniedException("error.post.pin");
        }
        post.pin(pinned);
    }

    /** @return the pinned posts of a space, newest first, if the reader may read the space */
    public List<PostView> pinned(long spaceId, long readerId) {
        if (!spaces.access(spaceId, readerId).canRead()) {
            throw new AccessDeniedException("error.space.read");
        }
        return em.createQuery("""
                        SELECT p FROM Post p JOIN FETCH p.author JOIN FETCH p.space s
                        WHERE s.id = :space AND p.pinned = :pinned ORDER BY p.id DESC""", Post.class)
                .setParameter("space", spaceId).setParameter("pinned", true)
                .getResultStream().map(PostService::view).toList();
    }

    /** Deletes a post: its author, the space's moderators or an administrator. */
    public void delete(long postId, long personId) {
        Post post = readable(postId, personId);
        if (!permissions(postId, personId).canDelete()) {
            throw new AccessDeniedException("error.post.delete");
        }
        remove(post);
    }

    /** Deletes a post whoever wrote it, as erasing its author's content does; the caller has checked the right. */
    public void erase(long postId) {
        Post post = em.find(Post.class, postId);
        if (post != null) {
            remove(post);
        }
    }

    private void remove(Post post) {
        long postId = post.getId();
        // observers remove what hangs on the post first, in this transaction; the index follows after commit
        deleted.fire(new PostDeleted(postId));
        post.item().ifPresent(i -> itemRemoved.fire(new ItemRemoved(postId, i.pluginId(), i.type())));
        em.remove(post);
    }

    /** @return the former versions of a post, newest first, for its author and moderators */
    public List<RevisionView> history(long postId, long readerId) {
        if (!permissions(postId, readerId).canSeeHistory()) {
            throw new AccessDeniedException("error.post.history");
        }
        return em.createQuery("SELECT r FROM PostRevision r WHERE r.postId = :post ORDER BY r.id DESC",
                        PostRevision.class)
                .setParameter("post", postId).getResultStream()
                .map(r -> new RevisionView(RichText.toHtml(r.getBody()), r.getEditedBy(),
                        Optional.ofNullable(em.find(Person.class, r.getEditedBy())).map(Person::getName)
                                .orElse(""), r.getEditedAt()))
                .toList();
    }

    private Post readable(long postId, long readerId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !canRead(post, readerId)) {
            throw new UnknownItemException("error.post.unknown");
        }
        return post;
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

    static PostView view(Post p) {
        Person a = p.getAuthor();
        Space s = p.getSpace();
        return new PostView(p.getId(), a.getId(), a.getName(), a.getJobTitle(), p.getBodyHtml(), p.getCreatedAt(),
                s == null ? null : s.getSlug(), s == null ? null : s.getName(), p.getEditedAt(),
                p.item().map(i -> new ItemCard(i.pluginId(), i.type(), i.title(), i.link(), p.getSummary()))
                        .orElse(null));
    }
}
