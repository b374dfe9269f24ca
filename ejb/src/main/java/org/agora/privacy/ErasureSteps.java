package org.agora.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.agora.attachments.AttachmentCleanup;
import org.agora.comments.CommentService;
import org.agora.comments.model.Comment;
import org.agora.messaging.MessageErasure;
import org.agora.documents.DocumentChanged;
import org.agora.documents.model.Document;
import org.agora.feed.PostCounters;
import org.agora.feed.PostEditing;
import org.agora.feed.model.Post;
import org.agora.feed.model.PostRevision;
import org.agora.mentions.MentionService;
import org.agora.mentions.model.Handle;
import org.agora.people.PersonChanged;
import org.agora.people.model.Person;
import org.agora.people.photos.PhotoService;
import org.agora.plugins.privacy.ErasureReport;
import org.agora.plugins.content.ContentSource;
import org.agora.plugins.privacy.PluginPrivacyService;
import org.agora.reactions.model.ReactionTarget;
import org.agora.search.SearchItemChanged;
import org.agora.search.sources.ItemTypes;

/**
 * The steps of erasing a person, each one transaction that can run again without harm, so that the erasure job
 * resumes after a failure or a restart. The first step removes everything that names the person, so that nothing
 * half-erased shows while the others run.
 */
@Stateless
public class ErasureSteps {

    /** What mentions of an erased person become. */
    static final String UNMENTIONED = "@former-employee";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<PersonChanged> personChanged;

    @Inject
    Event<SearchItemChanged> itemChanged;

    @Inject
    Event<DocumentChanged> documentChanged;

    @Inject
    Event<AttachmentCleanup.Released> released;

    @EJB
    MentionService mentions;

    @EJB
    PhotoService photos;

    @EJB
    PluginPrivacyService plugins;

    @EJB
    PostEditing posts;

    @EJB
    CommentService comments;

    @EJB
    PostCounters counters;

    @EJB
    MessageErasure messages;

    /**
     * Anonymises the person's row (name, e-mail, directory fields, password), deletes their profile and photo,
     * turns mentions of their handle into text that names nobody and removes their e-mail from import history.
     */
    public String hide(long personId, String formerName) {
        Person person = em.find(Person.class, personId);
        String email = person.getEmail();
        int unmentioned = 0;
        int importLines = 0;
        if (!person.getStatus().erased()) {
            // only while the row still holds them: after a restart, handle and e-mail are gone already
            unmentioned = unmention(personId, Handle.of(email)) + messages.unmention(Handle.of(email), UNMENTIONED);
            importLines = update("UPDATE import_rejection SET excerpt = NULL WHERE LOWER(excerpt) LIKE ?",
                    "%" + email.toLowerCase(Locale.ROOT) + "%");
        }
        int photo = photos.forget(personId) ? 1 : 0;
        int profile = update("DELETE FROM profile WHERE person_id = ?", personId);
        update("DELETE FROM password_link WHERE person_id = ?", personId);
        update("UPDATE person SET manager_id = NULL WHERE manager_id = ?", personId);
        person.anonymise(formerName, Instant.now());
        personChanged.fire(new PersonChanged(personId));
        reindexAuthoredBy(personId);
        return "profile=" + profile + " photo=" + photo + " mentions=" + unmentioned + " importLines=" + importLines;
    }

    /** Has search show what the person wrote or uploaded under the former employee from now on. */
    private void reindexAuthoredBy(long personId) {
        // a module's content item (a wiki page, an event) is searched as content, a post as a post
        em.createQuery("SELECT p.id, p.pluginId FROM Post p WHERE p.author.id = :person", Object[].class)
                .setParameter("person", personId).getResultStream()
                .forEach(row -> itemChanged.fire(new SearchItemChanged(
                        row[1] == null ? ItemTypes.POST : ContentSource.TYPE, (Long) row[0])));
        em.createQuery("SELECT c.id FROM Comment c WHERE c.author.id = :person", Long.class)
                .setParameter("person", personId).getResultStream()
                .forEach(id -> itemChanged.fire(new SearchItemChanged(ItemTypes.COMMENT, id)));
        em.createQuery("SELECT DISTINCT v.document.id FROM DocumentVersion v WHERE v.uploadedBy = :person",
                        Long.class).setParameter("person", personId).getResultStream()
                .forEach(id -> documentChanged.fire(new DocumentChanged(id)));
        messages.renamed(personId);
    }

    private int unmention(long personId, String handle) {
        List<Post> mentioning = em.createQuery(
                        "SELECT p FROM Post p WHERE p.id IN (SELECT m.postId FROM PostMention m WHERE m.personId = :id)",
                        Post.class)
                .setParameter("id", personId).getResultList();
        int changed = 0;
        for (Post post : mentioning) {
            if (post.unmention(handle, UNMENTIONED, mentions::named)) {
                itemChanged.fire(new SearchItemChanged(post.item().isPresent() ? ContentSource.TYPE : ItemTypes.POST,
                        post.getId()));
                changed++;
            }
        }
        String written = "%@" + Handle.emailPattern(handle).replace("@%", "%");
        // former versions are shown to moderators only and are not searched: their text is enough
        em.createQuery("SELECT r FROM PostRevision r WHERE r.body LIKE :text ESCAPE '\\'", PostRevision.class)
                .setParameter("text", written).getResultStream().forEach(r -> r.unmention(handle, UNMENTIONED));
        List<Comment> commented = em.createQuery("SELECT c FROM Comment c WHERE c.text.body LIKE :text ESCAPE '\\'",
                        Comment.class)
                .setParameter("text", written)
                .getResultList();
        for (Comment comment : commented) {
            if (comment.unmention(handle, UNMENTIONED, mentions::named)) {
                itemChanged.fire(new SearchItemChanged(ItemTypes.COMMENT, comment.getId()));
                changed++;
            }
        }
        return changed;
    }

    /**
     * Runs every module's erase hook and deletes the records the person owns.
     *
     * @throws IllegalStateException if a module failed, so that the job stops here and can be resumed
     */
    public String plugins(long personId) {
        ErasureReport report = plugins.erase(personId);
        if (!report.failed().isEmpty()) {
            throw new IllegalStateException("modules failed to erase: " + String.join(", ", report.failed()));
        }
        return "records=" + report.recordsDeleted() + " modules=" + String.join(",", report.plugins());
    }

    /**
     * Takes the person out of their groups and forgets their read markers and presence, alone in its transaction
     * (see {@link MessageErasure#forget}); what they wrote stays for the content step.
     */
    public String conversations(long personId) {
        return "conversations=" + messages.forget(personId);
    }

    /** Deletes what the person did around content: reactions, bookmarks, follows, reads, notifications... */
    public String traces(long personId) {
        List<Long> reacted = em.createQuery("""
                        SELECT r.targetId FROM Reaction r WHERE r.personId = :person AND r.target = :post""", Long.class)
                .setParameter("person", personId).setParameter("post", ReactionTarget.POST).getResultList();
        counters.lock(reacted);
        int reactions = update("DELETE FROM reaction WHERE person_id = ?", personId);
        counters.reactionsChanged(reacted);
        int bookmarks = update("DELETE FROM bookmark WHERE person_id = ?", personId);
        int follows = update("DELETE FROM follow WHERE follower_id = ? OR (kind = 'PERSON' AND target_id = ?)",
                personId, personId);
        int hashtags = update("DELETE FROM hashtag_follow WHERE person_id = ?", personId);
        int reads = update("DELETE FROM announcement_read WHERE person_id = ?", personId);
        int notifications = update("DELETE FROM notification WHERE recipient_id = ? OR actor_id = ?",
                personId, personId);
        int mentioned = update("DELETE FROM post_mention WHERE person_id = ?", personId);
        int memberships = update("DELETE FROM space_member WHERE person_id = ?", personId);
        update("UPDATE space_member SET invited_by = NULL WHERE invited_by = ?", personId);
        update("DELETE FROM feed_visit WHERE person_id = ?", personId);
        update("DELETE FROM privacy_access WHERE person_id = ?", personId);
        // what they asked a module to do in the background, such as the file they imported
        update("DELETE FROM plugin_job WHERE started_by = ?", personId);
        // how they wanted to hear of things, and the mails written to them
        update("DELETE FROM notification_mute WHERE person_id = ?", personId);
        update("DELETE FROM notification_delivery WHERE person_id = ?", personId);
        update("DELETE FROM notification_mail_profile WHERE person_id = ?", personId);
        update("DELETE FROM mail_outbox WHERE recipient_id = ?", personId);
        update("DELETE FROM person_time_zone WHERE person_id = ?", personId);
        return "reactions=" + reactions + " bookmarks=" + bookmarks + " follows=" + follows + " hashtags=" + hashtags
                + " announcementsRead=" + reads + " notifications=" + notifications + " mentions=" + mentioned
                + " memberships=" + memberships;
    }

    /** Deletes the person's posts, comments and documents, or keeps them, as the company's policy says. */
    public String content(long personId, ErasurePolicy policy) {
        List<Long> postIds = em.createQuery("SELECT p.id FROM Post p WHERE p.author.id = :person", Long.class)
                .setParameter("person", personId).getResultList();
        List<Long> commentIds = em.createQuery(
                        "SELECT c.id FROM Comment c WHERE c.author.id = :person ORDER BY c.id DESC", Long.class)
                .setParameter("person", personId).getResultList();
        if (policy == ErasurePolicy.KEEP_CONTENT) {
            // search shows them under the former employee since the first step; messages too, by their author
            return "kept posts=" + postIds.size() + " comments=" + commentIds.size();
        }
        int messagesDeleted = messages.erase(personId);
        postIds.forEach(posts::erase);
        em.flush();
        commentIds.forEach(comments::erase);
        List<Document> documents = em.createQuery("SELECT d FROM Document d WHERE d.createdBy = :person",
                Document.class).setParameter("person", personId).getResultList();
        Set<String> hashes = new HashSet<>(em.createQuery("""
                        SELECT v.file.hash FROM DocumentVersion v WHERE v.document.createdBy = :person""",
                        String.class)
                .setParameter("person", personId).getResultList());
        for (Document d : documents) {
            em.remove(d);
            documentChanged.fire(new DocumentChanged(d.getId()));
        }
        // the images they pasted went with their texts
        hashes.addAll(em.createQuery("SELECT i.file.hash FROM InlineImage i WHERE i.uploaderId = :person",
                String.class).setParameter("person", personId).getResultList());
        int images = em.createQuery("DELETE FROM InlineImage i WHERE i.uploaderId = :person")
                .setParameter("person", personId).executeUpdate();
        if (!hashes.isEmpty()) {
            released.fire(new AttachmentCleanup.Released(hashes));
        }
        return "deleted posts=" + postIds.size() + " comments=" + commentIds.size() + " documents="
                + documents.size() + " messages=" + messagesDeleted + " images=" + images;
    }

    /** Marks the person erased: every step ran. */
    public String finish(long personId) {
        em.find(Person.class, personId).erased(Instant.now());
        return "erased";
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
