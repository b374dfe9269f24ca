package org.agora.diagnostics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts counting SQL statements when Agora starts (see {@link SqlStatements}). */
@Singleton
@Startup
public class SqlStatementsStartup {

    private static final Logger LOG = Logger.getLogger(SqlStatementsStartup.class.getName());

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @PostConstruct
    void listen() {
        try {
            SqlStatements.listen(em.getDelegate());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // only the count is lost: Agora works the same without it
            LOG.log(Level.WARNING, "SQL statements are not counted", e);
        }
    }
}
