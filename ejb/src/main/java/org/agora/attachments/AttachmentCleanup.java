package org.agora.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.agora.attachments.model.Attachment;
import org.agora.feed.PostDeleted;
import org.agora.files.FileStore;

/**
 * Removes a post's attachments in the transaction that deletes the post, then, once it is committed, the bytes that
 * nothing refers to any more (the store shares one file between identical uploads, documents, inline images and spaces' pictures included).
 */
@ApplicationScoped
public class AttachmentCleanup {

    /** The content hashes that a committed deletion may have left unused. */
    public record Released(Set<String> hashes) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<Released> released;

    @Inject
    FileStore files;

    void onDeleting(@Observes PostDeleted deleted) {
        Set<String> hashes = new HashSet<>();
        em.createQuery("SELECT a FROM Attachment a WHERE a.postId = :post", Attachment.class)
                .setParameter("post", deleted.postId()).getResultStream().forEach(a -> {
                    hashes.add(a.getFile().hash());
                    if (a.getThumbHash() != null) {
                        hashes.add(a.getThumbHash());
                    }
                });
        if (hashes.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM Attachment a WHERE a.postId = :post").setParameter("post", deleted.postId())
                .executeUpdate();
        released.fire(new Released(hashes));
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Released released) {
        for (String hash : released.hashes()) {
            long uses = em.createQuery("""
                            SELECT COUNT(a) FROM Attachment a WHERE a.file.hash = :hash OR a.thumbHash = :hash""",
                            Long.class).setParameter("hash", hash).getSingleResult()
                    + em.createQuery("SELECT COUNT(v) FROM DocumentVersion v WHERE v.file.hash = :hash", Long.class)
                    .setParameter("hash", hash).getSingleResult()
                    + em.createQuery("SELECT COUNT(i) FROM InlineImage i WHERE i.file.hash = :hash", Long.class)
                    .setParameter("hash", hash).getSingleResult()
                    + em.createQuery("SELECT COUNT(s) FROM Space s WHERE s.coverHash = :hash OR s.iconHash = :hash",
                    Long.class).setParameter("hash", hash).getSingleResult();
            if (uses == 0) {
                files.delete(hash);
            }
        }
    }
}
