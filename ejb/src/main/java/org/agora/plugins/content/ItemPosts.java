package org.agora.plugins.content;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.agora.content.Mentioned;
import org.agora.content.References;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublishing;
import org.agora.feed.PostView;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.ItemText;
import org.agora.feed.model.Post;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.Space;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** Writes plugins' content items as posts: publishing, revising and deleting them, with their hashtags and mentions. */
@Stateless
public class ItemPosts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostPublishing publishing;

    @EJB
    SpaceAccess spaces;

    @Inject
    Event<PostDeleted> deleted;

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
        Space space = spaceId == null ? null : publishing.writable(spaceId, writerId);
        References refs = References.of(text.markdown());
        Mentioned people = publishing.mentioned(refs);
        Post post = new Post(author, space, item, text, people, Instant.now());
        em.persist(post);
        em.flush();
        post.linkToOwnId();
        publishing.published(post, refs, people);
        return PostView.of(post);
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
            publishing.writable(post.getSpace().getId(), writerId);
        }
        References refs = References.of(text.markdown());
        Mentioned people = publishing.mentioned(refs);
        em.persist(post.revise(item, editorId, text, people, Instant.now()));
        publishing.revised(post, refs, people);
        return PostView.of(post);
    }

    /** Deletes a plugin's content item on the plugin's request, with what hangs on it; the plugin is not told. */
    public void deleteItem(long postId, String pluginId) {
        Post post = em.find(Post.class, postId);
        if (post == null || post.item().filter(i -> i.pluginId().equals(pluginId)).isEmpty()) {
            return;
        }
        deleted.fire(new PostDeleted(postId, pluginId));
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
}
