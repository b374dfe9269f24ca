package org.agora.feed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The home feed's query in SQL, with its parameters in order. It reads the posts through their newest-first index:
 * asked in JPQL, Derby chose the primary key, read every post and sorted those the reader may see (81,000 of the
 * 200,000 posts of a generated company, over a second per page), where the index lets it stop after one page (10 ms).
 * The index is named in Derby's override, which other databases read as a comment.
 */
final class HomeSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** Starts the query: the columns of {@code post p} to select, read newest first. */
    static HomeSql select(String columns) {
        HomeSql sql = new HomeSql();
        sql.text.append("SELECT ").append(columns).append(" FROM post p --DERBY-PROPERTIES index=POST_NEWEST\n");
        return sql;
    }

    /** Appends SQL text with the values of its {@code ?} in order. */
    HomeSql add(String sql, Object... values) {
        text.append(sql);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Appends {@code (?, ?, ...)} for the values, which must not be empty. */
    HomeSql in(Collection<?> values) {
        text.append(values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")")));
        parameters.addAll(values);
        return this;
    }

    Query query(EntityManager em) {
        Query query = em.createNativeQuery(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
