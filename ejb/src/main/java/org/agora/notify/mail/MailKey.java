package org.agora.notify.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The key that signs unsubscribe links: made once per installation, in a transaction of its own so that two nodes (or
 * two threads) making it at once cost nothing but a second read, and kept in the database for every node.
 */
@Stateless
public class MailKey {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** @return the key, made now if there is none */
    public byte[] get() {
        List<?> rows = read();
        if (rows.isEmpty()) {
            try {
                // through the container, for a transaction of its own
                context.getBusinessObject(MailKey.class).create();
            } catch (RuntimeException e) {
                // made meanwhile by someone else: theirs is the key
            }
            rows = read();
        }
        return String.valueOf(rows.getFirst()).getBytes(StandardCharsets.US_ASCII);
    }

    private List<?> read() {
        return em.createNativeQuery("SELECT secret FROM notification_mail_key WHERE id = 1").getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        em.createNativeQuery("INSERT INTO notification_mail_key (id, secret, created_at) VALUES (1, ?, ?)")
                .setParameter(1, HexFormat.of().formatHex(secret))
                .setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
    }
}
