package org.agora.generator;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.agora.feed.PostCounters;
import org.agora.search.rebuild.RebuildService;

/**
 * Ends a generation: the tables' own ids go on after the generated ones, the posts count their comments and
 * reactions, Agora forgets what it had cached, and the search index is rebuilt from the database so that the company
 * is searchable.
 */
@Dependent
@Named("generatorFinish")
public class Finish extends AbstractBatchlet {

    private static final String[] TABLES = {"person", "agora_space", "post", "post_comment"};

    /** The tables that grew most; Derby plans its queries from index statistics taken when they were small. */
    private static final String[] GROWN = {"PERSON", "PROFILE", "SPACE_MEMBER", "FOLLOW", "POST", "POST_HASHTAG",
        "POST_MENTION", "POST_COMMENT", "REACTION"};

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @PersistenceUnit(unitName = "agora")
    EntityManagerFactory jpa;

    @EJB
    RebuildService search;

    @Override
    public String process() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                long max;
                try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    r.next();
                    max = r.getLong(1);
                }
                // the same statement in Derby and PostgreSQL
                s.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
            }
            // the rows were written past the services that keep the posts' counters
            s.executeUpdate(PostCounters.COMMENTS);
            s.executeUpdate(PostCounters.REACTIONS);
            if (c.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
                for (String table : GROWN) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                }
            }
        }
        jpa.getCache().evictAll();
        search.start();
        return "COMPLETED";
    }
}
