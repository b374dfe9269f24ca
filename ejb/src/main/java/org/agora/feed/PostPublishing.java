package org.agora.feed;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.agora.content.Mentioned;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.Post;
import org.agora.hashtags.model.PostHashtag;
import org.agora.mentions.MentionService;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.Space;
import org.agora.validation.AccessDeniedException;

/**
 * What every post and content item goes through when it is written or rewritten: the check that its writer may write
 * in its space, its hashtags and mentions, the notice to the people it mentions and the news that it changed.
 */
@Stateless
public class PostPublishing {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceAccess spaces;

    @EJB
    MentionService mentions;

    @Inject
    Event<PostPublished> published;

    @Inject
    Event<PostMentioned> mentionedEvent;

    /**
     * @return the space, where the person may write now
     * @throws AccessDeniedException if the person may not write in the space, or it is archived
     */
    public Space writable(long spaceId, long personId) {
        Access access = spaces.access(spaceId, personId);
        if (!access.canWrite()) {
            throw new AccessDeniedException(access.archived() ? "error.space.archived" : "error.space.write");
        }
        return em.find(Space.class, spaceId);
    }

    /** @return the people the text's handles name */
    public Mentioned mentioned(References refs) {
        return mentions.named(refs.handles());
    }

    /** Keeps a new post's hashtags and mentions, notifies the people it mentions and announces it. */
    public void published(Post post, References refs, Mentioned people) {
        remember(post, refs, people.ids(), Set.of());
        fireChanged(post);
    }

    /**
     * Replaces a rewritten post's hashtags and mentions, notifies only the people mentioned for the first time and
     * announces the change.
     */
    public void revised(Post post, References refs, Mentioned people) {
        long postId = post.getId();
        Set<Long> before = new HashSet<>(em.createQuery(
                        "SELECT m.personId FROM PostMention m WHERE m.postId = :post", Long.class)
                .setParameter("post", postId).getResultList());
        em.createQuery("DELETE FROM PostMention m WHERE m.postId = :post").setParameter("post", postId).executeUpdate();
        em.createQuery("DELETE FROM PostHashtag h WHERE h.postId = :post").setParameter("post", postId).executeUpdate();
        remember(post, refs, people.ids(), before);
        em.flush();
        fireChanged(post);
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
}
