package org.agora.generator;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.agora.people.Passwords;

/** Writes the blocks of one kind of row that {@link Blocks} reads, as JDBC batches in the chunk's transaction. */
@Dependent
@Named("generatorWriter")
public class RowWriter extends AbstractItemWriter {

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @Inject
    JobContext context;

    @Inject
    Passwords passwords;

    @Inject
    @BatchProperty
    String kind;

    private Rows rows;

    @Override
    public void open(Serializable checkpoint) {
        Job job = Job.of(context);
        rows = new Rows(job, "people".equals(kind) ? passwords.hash(Company.PASSWORD) : null);
    }

    @Override
    public void writeItems(List<Object> blocks) throws SQLException {
        try (Connection c = database.getConnection()) {
            for (Object block : blocks) {
                long from = (Long) block;
                switch (kind) {
                    case "people" -> rows.people(c, from, Blocks.SIZE);
                    case "posts" -> rows.posts(c, from, Blocks.SIZE);
                    case "comments" -> rows.comments(c, from, Blocks.SIZE);
                    case "reactions" -> rows.reactions(c, from, Blocks.SIZE);
                    default -> throw new IllegalArgumentException("No rows of kind " + kind);
                }
            }
        }
    }
}
