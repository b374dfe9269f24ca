package org.agora.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.agora.announcements.AnnouncementService;
import org.agora.bookmarks.BookmarkService;
import org.agora.comments.CommentService;
import org.agora.demo.DemoLibrary.DemoDocument;
import org.agora.demo.DemoPost.DemoComment;
import org.agora.demo.DemoSchedule.Step;
import org.agora.documents.DocumentService;
import org.agora.feed.PostEditing;
import org.agora.feed.PostService;
import org.agora.reactions.ReactionService;
import org.agora.reactions.model.ReactionTarget;
import org.agora.spaces.SpaceView;

/**
 * Plays the demo's history through the domain services, step by step in the order it happened: posts, comments,
 * reactions, saved posts, announcement reads, documents and their versions; then the spaces' owners pin posts.
 * Runs inside the seeding's transaction.
 */
@Stateless
public class DemoStory {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    PostEditing editing;

    @EJB
    AnnouncementService announcements;

    @EJB
    CommentService comments;

    @EJB
    ReactionService reactions;

    @EJB
    BookmarkService bookmarks;

    @EJB
    DocumentService documents;

    /**
     * @param people the demo people's ids by handle
     * @param spaces the demo spaces by name
     */
    public void tell(Map<String, Long> people, Map<String, SpaceView> spaces, Instant now, Backdating backdating) {
        Map<DemoPost, Long> postIds = new IdentityHashMap<>();
        Map<DemoComment, Long> commentIds = new IdentityHashMap<>();
        Map<DemoDocument, Long> documentIds = new IdentityHashMap<>();
        Map<String, Long> folders = new HashMap<>();
        for (Step step : DemoSchedule.steps(now)) {
            switch (step) {
                case DemoSchedule.Publish p -> {
                    long id = publish(p.post(), people, spaces);
                    postIds.put(p.post(), id);
                    backdating.post(id, p.at());
                }
                case DemoSchedule.Comment c -> {
                    long id = comments.comment(postIds.get(c.post()), c.parent() == null ? null
                            : commentIds.get(c.parent()), people.get(c.comment().author()), c.comment().markdown());
                    commentIds.put(c.comment(), id);
                    backdating.comment(id, c.at());
                }
                case DemoSchedule.React r -> {
                    long postId = postIds.get(r.post());
                    ReactionTarget target = r.comment() == null ? ReactionTarget.POST : ReactionTarget.COMMENT;
                    long targetId = r.comment() == null ? postId : commentIds.get(r.comment());
                    long person = people.get(r.reaction().person());
                    reactions.react(target, targetId, person, r.reaction().kind());
                    backdating.reaction(target, targetId, postId, person, r.at());
                }
                case DemoSchedule.Save s -> {
                    bookmarks.toggle(postIds.get(s.post()), people.get(s.person()));
                    backdating.bookmark(postIds.get(s.post()), people.get(s.person()), s.at());
                }
                case DemoSchedule.MarkRead m -> {
                    announcements.markRead(postIds.get(m.post()), people.get(m.person()));
                    backdating.announcementRead(postIds.get(m.post()), people.get(m.person()), m.at());
                }
                case DemoSchedule.Upload u -> {
                    DemoDocument doc = u.document();
                    SpaceView space = spaces.get(doc.space());
                    long author = people.get(doc.author());
                    long id = documents.upload(space.slug(), folder(folders, space, doc.folder(), author),
                            doc.fileName(), doc.contentType(), bytes(doc.text()), author, java.util.Locale.ENGLISH);
                    documentIds.put(doc, id);
                    backdating.documentVersion(id, 1, u.at());
                    // the library announces the upload with a post of its own
                    backdating.post(em.createQuery("SELECT MAX(p.id) FROM Post p", Long.class).getSingleResult(),
                            u.at());
                }
                case DemoSchedule.Revise v -> {
                    DemoDocument doc = v.document();
                    long id = documentIds.get(doc);
                    documents.addVersion(spaces.get(doc.space()).slug(), id, v.version().fileName(),
                            v.version().contentType(), bytes(v.version().text()), people.get(v.version().author()));
                    backdating.documentVersion(id, doc.laterVersions().indexOf(v.version()) + 2, v.at());
                }
            }
        }
        postIds.forEach((post, id) -> {
            if (post.kind() == DemoPost.Kind.PINNED) {
                editing.pin(id, people.get(DemoCompanyData.space(post.space()).owner()), true);
            }
        });
    }

    private long publish(DemoPost post, Map<String, Long> people, Map<String, SpaceView> spaces) {
        long author = people.get(post.author());
        if (post.kind() == DemoPost.Kind.ANNOUNCEMENT) {
            return announcements.announce(author, post.markdown()).id();
        }
        return posts.publish(author, post.space() == null ? null : spaces.get(post.space()).id(), post.markdown())
                .id();
    }

    /** @return the id of the folder at the path, created with its parents as needed; null for the top */
    private Long folder(Map<String, Long> folders, SpaceView space, String path, long author) {
        Long parent = null;
        String at = space.slug();
        for (String name : path.isEmpty() ? new String[0] : path.split("/")) {
            at = at + "/" + name;
            Long in = parent;
            parent = folders.computeIfAbsent(at, k -> documents.createFolder(space.slug(), in, name, author));
        }
        return parent;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
