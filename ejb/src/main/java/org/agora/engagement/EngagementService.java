package org.agora.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.attachments.AttachmentService;
import org.agora.attachments.AttachmentView;
import org.agora.bookmarks.BookmarkService;
import org.agora.comments.CommentService;
import org.agora.comments.RecentComments;
import org.agora.feed.PostGate;
import org.agora.feed.PostRights;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.reactions.ReactionService;
import org.agora.reactions.ReactionSummary;
import org.agora.reactions.model.ReactionTarget;
import org.agora.validation.UnknownItemException;

/**
 * Comments, reactions and bookmarks under posts, gathered for feeds in a constant number of queries whatever the
 * number of posts, and for a post's own page.
 */
@Stateless
public class EngagementService {

    @EJB
    PostGate gate;

    @EJB
    PostService posts;

    @EJB
    CommentService comments;

    @EJB
    ReactionService reactions;

    @EJB
    BookmarkService bookmarks;

    @EJB
    AttachmentService attachments;

    /**
     * @return by post id, the engagement of the posts among {@code postIds} that the reader may read
     */
    public Map<Long, Engagement> forPosts(Collection<Long> postIds, long readerId) {
        Map<Long, PostRights> rights = gate.rights(postIds, readerId);
        if (rights.isEmpty()) {
            return Map.of();
        }
        Map<Long, RecentComments> recent = comments.recent(rights, readerId);
        Map<Long, ReactionSummary> summaries = reactions.summaries(ReactionTarget.POST, rights.keySet(), readerId);
        Set<Long> saved = bookmarks.savedAmong(rights.keySet(), readerId);
        Map<Long, List<AttachmentView>> files = attachments.forPosts(rights.keySet(), readerId);
        Map<Long, Engagement> result = new HashMap<>();
        rights.forEach((id, r) -> {
            RecentComments c = recent.getOrDefault(id, RecentComments.NONE);
            result.put(id, new Engagement(id, c.count(), c.recent(), summaries.getOrDefault(id, ReactionSummary.NONE),
                    saved.contains(id), r.canWrite(), files.getOrDefault(id, List.of())));
        });
        return Map.copyOf(result);
    }

    /**
     * @return the post with its engagement and all its comments
     * @throws UnknownItemException if the post is unknown or hidden from the reader
     */
    public PostPage page(long postId, long readerId) {
        PostView post = posts.read(postId, readerId)
                .orElseThrow(() -> new UnknownItemException("error.post.unknown"));
        Engagement engagement = forPosts(List.of(postId), readerId).get(postId);
        return new PostPage(post, engagement, comments.thread(postId, readerId));
    }
}
