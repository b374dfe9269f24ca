package org.agora.plugins.content;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agora.attachments.AttachmentService;
import org.agora.attachments.AttachmentView;
import org.agora.attachments.Upload;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.Post;
import org.agora.people.AnonymousAuthor;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentFile;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentType;
import org.agora.reactions.model.ReactionTarget;
import org.agora.search.SearchItemChanged;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Plugins' content items, kept as posts: publishing, updating and deleting them on a plugin's request, and the files
 * attached to them. Each method works on the named plugin's items only.
 */
@Stateless
public class PluginContentService {

    /** The most files one content item carries. */
    public static final int MAX_FILES = 50;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    ItemPosts items;

    @EJB
    AttachmentService attachments;

    @Inject
    PluginContentTypes types;

    @Inject
    Event<SearchItemChanged> searchChanged;

    @EJB
    AnonymousAuthor anonymous;

    /**
     * @throws InvalidInputException  if the type is not declared or the text is too long
     * @throws AccessDeniedException if the author may not write in the space
     */
    public ContentItem publish(String pluginId, ContentDraft draft) {
        return publish(pluginId, draft, false);
    }

    /**
     * Publishes an item; an anonymous one is stored with the anonymous author, the draft's author being used only to
     * check that they may write there (never stored, never logged).
     *
     * @throws InvalidInputException  if the type is not declared or the text is too long
     * @throws AccessDeniedException if the author may not write in the space
     */
    public ContentItem publish(String pluginId, ContentDraft draft, boolean anonymously) {
        long author = anonymously ? anonymous.id() : draft.authorId();
        PostView view = items.publishItem(author, draft.authorId(), draft.spaceId(), describe(pluginId, draft),
                draft.markdown());
        searchChanged.fire(new SearchItemChanged(ContentSource.TYPE, view.id()));
        return item(own(pluginId, view.id()).orElseThrow());
    }

    /**
     * @throws InvalidInputException  if the type changes or the text is too long
     * @throws UnknownItemException   if the plugin has no such item
     * @throws AccessDeniedException if the editor may not write in its space
     */
    public ContentItem update(String pluginId, long id, ContentDraft draft) {
        return update(pluginId, id, draft, false);
    }

    /**
     * Updates an item; anonymously, the revision is recorded as the anonymous author's, the draft's author being used
     * only to check that they may write in its space.
     *
     * @throws InvalidInputException  if the type changes or the text is too long
     * @throws UnknownItemException   if the plugin has no such item
     * @throws AccessDeniedException if the editor may not write in its space
     */
    public ContentItem update(String pluginId, long id, ContentDraft draft, boolean anonymously) {
        Post post = own(pluginId, id).orElseThrow(() -> new UnknownItemException("error.item.unknown"));
        if (!post.item().orElseThrow().type().equals(draft.type())
                || !Objects.equals(draft.spaceId(), post.getSpace() == null ? null : post.getSpace().getId())) {
            throw new InvalidInputException("type", "error.item.type");
        }
        items.reviseItem(id, anonymously ? anonymous.id() : draft.authorId(), draft.authorId(),
                describe(pluginId, draft), draft.markdown());
        searchChanged.fire(new SearchItemChanged(ContentSource.TYPE, id));
        return item(post);
    }

    /** Deletes one of the plugin's items with its comments, reactions and files; nothing if it is gone. */
    public void delete(String pluginId, long id) {
        if (own(pluginId, id).isPresent()) {
            items.deleteItem(id, pluginId);
            searchChanged.fire(new SearchItemChanged(ContentSource.TYPE, id));
        }
    }

    /** Deletes every item of a plugin, for an uninstall that purges its data. */
    public void deleteAll(String pluginId) {
        items.itemIds(pluginId).forEach(id -> delete(pluginId, id));
    }

    /** @return the item, if it is the plugin's and the reader may read it */
    public Optional<ContentItem> find(String pluginId, long id, long readerId) {
        return own(pluginId, id).filter(p -> posts.read(id, readerId).isPresent()).map(this::item);
    }

    /**
     * @throws UnknownItemException   if the plugin has no such item
     * @throws AccessDeniedException if the person may not write where the item is
     * @throws InvalidInputException  if the file breaks a rule
     */
    public ContentFile attach(String pluginId, long id, UploadedFile file, long personId) {
        writable(pluginId, id, personId);
        AttachmentView a = attachments.attach(id, new Upload(file.fileName(), file.contentType(),
                new ByteArrayInputStream(file.content())), MAX_FILES);
        return file(a);
    }

    /** @return the files of one of the plugin's items, in order; none for another plugin's item */
    public List<ContentFile> files(String pluginId, long id) {
        return own(pluginId, id).map(p -> attachments.of(id).stream().map(PluginContentService::file).toList())
                .orElse(List.of());
    }

    /**
     * @throws UnknownItemException   if the plugin has no such item or file
     * @throws AccessDeniedException if the person may not write where the item is
     */
    public void detach(String pluginId, long id, long fileId, long personId) {
        writable(pluginId, id, personId);
        attachments.detach(id, fileId);
    }

    private void writable(String pluginId, long id, long personId) {
        Post post = own(pluginId, id).orElseThrow(() -> new UnknownItemException("error.item.unknown"));
        if (post.getSpace() != null && !items.mayWrite(post.getSpace().getId(), personId)) {
            throw new AccessDeniedException("error.space.write");
        }
    }

    private ItemContent describe(String pluginId, ContentDraft draft) {
        ContentType type = types.find(pluginId, draft.type()).orElseThrow(() -> new InvalidInputException("type",
                "error.item.type.unknown", draft.type()));
        return new ItemContent(pluginId, type.key(), draft.title(), "/m/" + pluginId + draft.path(),
                type.searchable());
    }

    private Optional<Post> own(String pluginId, long id) {
        return Optional.ofNullable(em.find(Post.class, id))
                .filter(p -> p.item().filter(i -> i.pluginId().equals(pluginId)).isPresent());
    }

    private ContentItem item(Post p) {
        ItemContent i = p.item().orElseThrow();
        String prefix = "/m/" + i.pluginId();
        long comments = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.postId = :post", Long.class)
                .setParameter("post", p.getId()).getSingleResult();
        long reactions = em.createQuery("""
                        SELECT COUNT(r) FROM Reaction r WHERE r.target = :type AND r.targetId = :post""", Long.class)
                .setParameter("type", ReactionTarget.POST).setParameter("post", p.getId()).getSingleResult();
        return new ContentItem(p.getId(), i.type(), p.getAuthor().getId(), p.getAuthor().getName(),
                p.getSpace() == null ? null : p.getSpace().getId(), i.title(),
                i.link().substring(prefix.length()), p.getCreatedAt(), p.getEditedAt(), comments, reactions,
                "/posts/" + p.getId(), p.getAuthor().isSystemAccount());
    }

    private static ContentFile file(AttachmentView a) {
        return new ContentFile(a.id(), a.fileName(), a.size(), a.image(), a.url(), a.image() ? a.thumbnailUrl() : null);
    }
}
