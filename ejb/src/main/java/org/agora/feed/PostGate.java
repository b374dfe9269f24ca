package org.agora.feed;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostAccess;
import org.agora.people.Roles;
import org.agora.people.model.Role;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.Access;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/**
 * The access checks of a post and of everything attached to it (comments, reactions, bookmarks), each asking
 * {@link PostAccess}: a post one may not read does not exist for them, and writing follows the rules of the place
 * the post is in.
 */
@Stateless
public class PostGate {

    @Inject
    Roles roles;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    SpaceAccess spaces;

    /**
     * @return the reader's rights on the post
     * @throws UnknownItemException if the post does not exist or the reader may not read it
     */
    public PostRights rights(long postId, long readerId) {
        if (posts.read(postId, readerId).isEmpty()) {
            throw new UnknownItemException("error.post.unknown");
        }
        return PostRights.of(postId, access(em.find(Post.class, postId), readerId));
    }

    /** @return the rules of the post for the reader, whether or not they may read it */
    public PostAccess access(Post post, long readerId) {
        Optional<Access> space = Optional.ofNullable(post.getSpace()).map(s -> spaces.access(s.getId(), readerId));
        return PostAccess.of(post.getAuthor().getId(), readerId, roles.of(readerId), space, post.item().isPresent());
    }

    /**
     * @return the reader's rights on a post they may comment on and react to
     * @throws UnknownItemException if the post is unknown or hidden
     * @throws AccessDeniedException if the reader may read but not write where the post is
     */
    public PostRights writable(long postId, long readerId) {
        PostRights rights = rights(postId, readerId);
        if (!rights.canWrite()) {
            throw new AccessDeniedException("error.post.react");
        }
        return rights;
    }

    /**
     * The rights on many posts at once, in a constant number of queries, for feeds.
     *
     * @return by post id, only the posts the reader may read
     */
    public Map<Long, PostRights> rights(Collection<Long> postIds, long readerId) {
        Set<Long> readable = posts.readableIds(postIds, readerId);
        if (readable.isEmpty()) {
            return Map.of();
        }
        List<Object[]> places = em.createQuery(
                        "SELECT p.id, s.id, p.author.id, p.pluginId FROM Post p LEFT JOIN p.space s WHERE p.id IN :ids",
                        Object[].class).setParameter("ids", readable).getResultList();
        Set<Long> spaceIds = new HashSet<>();
        places.stream().filter(r -> r[1] != null).forEach(r -> spaceIds.add((Long) r[1]));
        Map<Long, Access> access = spaces.access(spaceIds, readerId);
        Role role = roles.of(readerId);
        return places.stream().map(r -> PostRights.of((Long) r[0], PostAccess.of((Long) r[2], readerId, role,
                        r[1] == null ? Optional.empty() : Optional.of(access.get((Long) r[1])), r[3] != null)))
                .collect(Collectors.toMap(PostRights::postId, Function.identity()));
    }
}
