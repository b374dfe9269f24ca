package org.agora.feed;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.content.Mentioned;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostRevision;
import org.agora.feed.model.PostText;
import org.agora.people.model.Person;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/** Changing a published post: what its reader may do with it, editing, pinning, deleting it and its history. */
@Stateless
public class PostEditing {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    PostGate gate;

    @EJB
    PostPublishing publishing;

    @Inject
    Event<PostDeleted> deleted;

    @Inject
    Event<ItemRemoved> itemRemoved;

    /** @return the Markdown of a post, for its author to edit */
    public String markdown(long postId, long readerId) {
        Post post = readable(postId, readerId);
        if (!gate.access(post, readerId).writesText()) {
            throw new AccessDeniedException(post.item().isPresent() ? "error.item.edit" : "error.post.edit");
        }
        return post.getBody();
    }

    /** @return what the reader may do with the post; nothing if they may not read it */
    public PostPermissions permissions(long postId, long readerId) {
        Post post = readable(postId, readerId);
        return PostPermissions.of(gate.access(post, readerId), post.isPinned());
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
        Mentioned people = publishing.mentioned(refs);
        em.persist(post.edit(editorId, text, people, Instant.now()));
        publishing.revised(post, refs, people);
        return PostView.of(post);
    }

    /** Pins a post at the top of its space's feed, or takes it off; the space's moderators only. */
    public void pin(long postId, long personId, boolean pinned) {
        Post post = readable(postId, personId);
        if (!permissions(postId, personId).canPin()) {
            throw new AccessDeniedException("error.post.pin");
        }
        post.pin(pinned);
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
        deleted.fire(new PostDeleted(postId, post.item().map(ItemContent::pluginId).orElse(null)));
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
        if (post == null || !posts.mayRead(post, readerId)) {
            throw new UnknownItemException("error.post.unknown");
        }
        return post;
    }
}
