package org.agora.search.sources;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.comments.model.Comment;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.feed.model.Post;
import org.agora.search.SearchSource;
import org.agora.search.index.Fields;
import org.agora.search.index.SearchItem;
import org.agora.spaces.model.Space;

/** Comments, readable where their post is; they leave the index with their post. */
@Stateless
public class CommentSource implements SearchSource {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return ItemTypes.COMMENT;
    }

    @Override
    public List<SearchItem> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Comment> comments = em.createQuery("SELECT c FROM Comment c JOIN FETCH c.author WHERE c.id IN :ids",
                Comment.class).setParameter("ids", ids).getResultList();
        if (comments.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> posts = em.createQuery(
                        "SELECT p FROM Post p LEFT JOIN FETCH p.space WHERE p.id IN :ids", Post.class)
                .setParameter("ids", comments.stream().map(Comment::getPostId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Post::getId, Function.identity()));
        return comments.stream().filter(c -> posts.containsKey(c.getPostId())).map(c -> {
            Space s = posts.get(c.getPostId()).getSpace();
            return new SearchItem(ItemTypes.COMMENT, c.getId(), s == null ? 0 : s.getId(),
                    s == null ? null : s.getName(), null, RichText.toPlainText(c.getBody()), c.getAuthor().getId(),
                    c.getAuthor().getName(), c.getCreatedAt(), References.of(c.getBody()).hashtags(),
                    Fields.key(ItemTypes.POST, c.getPostId()), "/posts/" + c.getPostId(), null);
        }).toList();
    }

    @Override
    public List<Long> ids(long afterId, int limit) {
        return em.createQuery("SELECT c.id FROM Comment c WHERE c.id > :after ORDER BY c.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Comment c", Long.class).getSingleResult();
    }
}
