package org.agora.attachments;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.attachments.model.Attachment;
import org.agora.feed.PostDeleted;

/**
 * Removes a post's attachments in the transaction that deletes the post, then, once it is committed, the bytes that
 * nothing refers to any more (the store shares one file between identical uploads, documents, inline images and spaces' pictures included).
 */
@ApplicationScoped
public class AttachmentCleanup {

    private static final Logger LOG = Logger.getLogger(AttachmentCleanup.class.getName());

    /** The content hashes that a committed deletion may have left unused. */
    public record Released(Set<String> hashes) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<Released> released;

    @EJB
    UnusedFiles unused;

    @Resource
    ManagedExecutorService threads;

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

    // after the commit the committing transaction is over, and the request need not wait for the disk: the count
    // and the deletion run in a thread and a transaction of their own
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Released released) {
        threads.execute(() -> {
            try {
                unused.delete(released.hashes());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Files left unused could not be deleted: " + released.hashes(), e);
            }
        });
    }
}
