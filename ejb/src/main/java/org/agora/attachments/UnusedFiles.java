package org.agora.attachments;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.agora.files.FileStore;

/**
 * Deletes the stored bytes that nothing refers to any more: no attachment or thumbnail, document version, inline
 * image or space's picture (the store shares one file between identical uploads).
 */
@Stateless
public class UnusedFiles {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    FileStore files;

    /** @param hashes the content hashes that a committed change may have left unused */
    public void delete(Set<String> hashes) {
        for (String hash : hashes) {
            if (uses(hash) == 0) {
                files.delete(hash);
            }
        }
    }

    private long uses(String hash) {
        return em.createQuery("""
                        SELECT COUNT(a) FROM Attachment a WHERE a.file.hash = :hash OR a.thumbHash = :hash""",
                        Long.class).setParameter("hash", hash).getSingleResult()
                + em.createQuery("SELECT COUNT(v) FROM DocumentVersion v WHERE v.file.hash = :hash", Long.class)
                .setParameter("hash", hash).getSingleResult()
                + em.createQuery("SELECT COUNT(i) FROM InlineImage i WHERE i.file.hash = :hash", Long.class)
                .setParameter("hash", hash).getSingleResult()
                + em.createQuery("SELECT COUNT(s) FROM Space s WHERE s.coverHash = :hash OR s.iconHash = :hash",
                Long.class).setParameter("hash", hash).getSingleResult();
    }
}
