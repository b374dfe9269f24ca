package org.agora.notify.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.notify.mail.model.OutgoingMail;

/** The mails waiting to go out; each change of a mail's state is a transaction of its own. */
@Stateless
public class MailOutbox {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** Puts a mail in the outbox, in the caller's transaction: it goes out only if that transaction commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(OutgoingMail mail) {
        em.persist(mail);
    }

    /** @return the ids of the mails due now, oldest first */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        return em.createQuery("""
                        SELECT m.id FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.givenUpAt IS NULL
                        AND m.retryAt <= :now ORDER BY m.id""", Long.class)
                .setParameter("now", Instant.now()).setMaxResults(limit).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutgoingMail> load(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail != null) {
            em.detach(mail);
        }
        return Optional.ofNullable(mail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        em.find(OutgoingMail.class, id).sent(Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error, Duration pause) {
        em.find(OutgoingMail.class, id).failed(error, pause, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveUp(long id, String error) {
        em.find(OutgoingMail.class, id).giveUp(error, Instant.now());
    }

    /** @return how many mails wait (not sent, not given up) */
    public long waiting() {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.givenUpAt IS NULL",
                Long.class).getSingleResult();
    }

    /** @return how many mails were given up, such as for an address that can never receive */
    public long givenUp() {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.givenUpAt IS NOT NULL", Long.class)
                .getSingleResult();
    }
}
