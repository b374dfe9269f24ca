package org.agora.feed;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.agora.diagnostics.SqlStatements;

/**
 * A feed's query in SQL, with its parameters in order, reading the posts through the index it names. Derby chooses
 * its indexes without regard to a page's few rows: asked in JPQL, it read the home feed by the primary key and sorted
 * every post the reader may see (81,000 of the 200,000 posts of a generated company, over a second per page), and a
 * big space's page by the space's foreign key, sorting its 19,000 posts; a newest-first index lets it stop after one
 * page. The index is named in Derby's override, which other databases read as a comment.
 *
 * <p>It runs through JDBC, on a connection of Agora's data source within the caller's transaction (it reads what
 * that transaction has flushed, no more): a reader's spaces make a home feed's query take hundreds of parameters, and
 * EclipseLink finds each parameter's value by a search through the others, which took three quarters of the query's
 * time.
 */
final class FeedSql {

    /** Every post, newest first: the home feed. */
    static final String NEWEST = "POST_NEWEST";

    /** A space's posts, newest first. */
    static final String SPACE_NEWEST = "POST_SPACE_NEWEST";

    /** A space's posts by whether they are pinned. */
    static final String PINNED = "POST_PINNED";

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** Starts the query: the columns of {@code post p} to select, read through the index. */
    static FeedSql select(String columns, String index) {
        FeedSql sql = new FeedSql();
        sql.text.append("SELECT ").append(columns).append(" FROM post p --DERBY-PROPERTIES index=").append(index)
                .append('\n');
        return sql;
    }

    /** Appends SQL text with the values of its {@code ?} in order. */
    FeedSql add(String sql, Object... values) {
        text.append(sql);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Appends {@code (?, ?, ...)} for the values, which must not be empty. */
    FeedSql in(Collection<?> values) {
        text.append(values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")")));
        parameters.addAll(values);
        return this;
    }

    /** @return the first column of at most {@code limit} rows (0: every row), as numbers */
    List<Long> ids(DataSource database, int limit) {
        return rows(database, limit).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    /** @return at most {@code limit} rows (0: every row), each the values of the selected columns */
    List<Object[]> rows(DataSource database, int limit) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setMaxRows(limit);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                SqlStatements.countOne();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("The feed's query failed: " + e.getMessage(), e);
        }
    }
}
