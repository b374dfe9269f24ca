package org.agora.announcements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.announcements.model.AnnouncementRead;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.Post;
import org.agora.people.Roles;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/** Company news from communicators, pinned at the top of every feed until each reader marks it read. */
@Stateless
public class AnnouncementService {

    private static final int PINNED = 5;

    @Inject
    Roles roles;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    /** @return true if the person may publish announcements */
    public boolean mayAnnounce(long personId) {
        Role role = roles.of(personId);
        return role != null && role.announces();
    }

    /**
     * Publishes a company-wide post pinned as an announcement.
     *
     * @throws AccessDeniedException unless the author is a communicator or an administrator
     */
    public PostView announce(long authorId, String markdown) {
        if (!mayAnnounce(authorId)) {
            throw new AccessDeniedException("error.announcement.publish");
        }
        PostView view = posts.publish(authorId, markdown);
        em.find(Post.class, view.id()).announce();
        return view;
    }

    /** @return the announcements the reader has not marked read yet, newest first */
    public List<AnnouncementView> unread(long readerId) {
        boolean seesCounts = roles.isAdmin(readerId);
        List<Long> ids = em.createQuery("""
                        SELECT p.id FROM Post p WHERE p.announcement = :pinned AND NOT EXISTS (
                            SELECT r FROM AnnouncementRead r WHERE r.postId = p.id AND r.personId = :reader)
                        ORDER BY p.id DESC""", Long.class)
                .setParameter("pinned", true)
                .setParameter("reader", readerId).setMaxResults(PINNED).getResultList();
        Map<Long, PostView> readable = posts.readable(ids, readerId);
        return ids.stream().map(readable::get).filter(Objects::nonNull)
                .map(p -> new AnnouncementView(p, seesCounts || p.authorId() == readerId ? reads(p.id()) : -1))
                .toList();
    }

    /** Takes an announcement off the top of the reader's feed. */
    public void markRead(long postId, long readerId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !post.isAnnouncement()) {
            throw new UnknownItemException("error.announcement.unknown");
        }
        if (em.find(AnnouncementRead.class, new AnnouncementRead.Key(postId, readerId)) == null) {
            em.persist(new AnnouncementRead(postId, readerId, Instant.now()));
        }
    }

    /** Takes every announcement off the top of the reader's feed. */
    public void markAllRead(long readerId) {
        List<Long> ids = em.createQuery("""
                        SELECT p.id FROM Post p WHERE p.announcement = :pinned AND NOT EXISTS (
                            SELECT r FROM AnnouncementRead r WHERE r.postId = p.id AND r.personId = :reader)""",
                        Long.class)
                .setParameter("pinned", true).setParameter("reader", readerId).getResultList();
        Instant now = Instant.now();
        posts.readable(ids, readerId).keySet().forEach(id -> em.persist(new AnnouncementRead(id, readerId, now)));
    }

    /**
     * @return the people who marked an announcement read, first readers first; for its author and administrators
     * @throws AccessDeniedException for anyone else
     */
    public List<Reader> readers(long postId, long viewerId) {
        readCount(postId, viewerId);
        return em.createQuery("""
                        SELECT p.id, p.name, p.jobTitle, r.readAt FROM AnnouncementRead r, Person p
                        WHERE r.postId = :post AND p.id = r.personId ORDER BY r.readAt""", Object[].class)
                .setParameter("post", postId).getResultStream()
                .map(row -> new Reader((Long) row[0], (String) row[1], (String) row[2], (Instant) row[3])).toList();
    }

    /** Someone who read an announcement, and when. */
    public record Reader(long id, String name, String jobTitle, Instant readAt) {
    }

    /** @return how many people read an announcement; for its author and administrators */
    public long readCount(long postId, long viewerId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !post.isAnnouncement()) {
            throw new UnknownItemException("error.announcement.unknown");
        }
        if (post.getAuthor().getId() != viewerId && !roles.isAdmin(viewerId)) {
            throw new AccessDeniedException("error.announcement.readers");
        }
        return reads(postId);
    }

    private long reads(long postId) {
        return em.createQuery("SELECT COUNT(r) FROM AnnouncementRead r WHERE r.postId = :post", Long.class)
                .setParameter("post", postId).getSingleResult();
    }
}
