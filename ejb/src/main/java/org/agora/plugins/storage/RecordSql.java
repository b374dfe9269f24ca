package org.agora.plugins.storage;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.RecordQuery;

/**
 * The SQL of a {@link RecordQuery}: one join on the field table per equality and one for the order, each answered
 * by the index {@code plugin_record_field_query (plugin_id, collection, name, value_key, record_id)}, so neither
 * the filter nor the order reads the whole collection.
 *
 * @param text       the SQL text with numbered parameters
 * @param parameters the parameter values, in number order
 */
record RecordSql(String text, List<Object> parameters) {

    static RecordSql select(String pluginId, RecordQuery query) {
        RecordSql sql = build("SELECT r.id", pluginId, query, true);
        String order = query.orderField() == null ? " ORDER BY r.id DESC"
                : query.descending() ? " ORDER BY o.value_key DESC, r.id DESC" : " ORDER BY o.value_key, r.id";
        return new RecordSql(sql.text + order + " OFFSET " + query.offset() + " ROWS FETCH NEXT " + query.limit()
                + " ROWS ONLY", sql.parameters);
    }

    static RecordSql count(String pluginId, RecordQuery query) {
        return build("SELECT COUNT(*)", pluginId, query, false);
    }

    private static RecordSql build(String select, String pluginId, RecordQuery query, boolean ordered) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select).append(" FROM plugin_record r");
        int n = 0;
        for (Map.Entry<String, String> equality : query.equalities().entrySet()) {
            String alias = "w" + n++;
            sql.append(join(alias, parameters, pluginId, query.collection(), equality.getKey()))
                    .append(" AND ").append(alias).append(".value_key = ").append(next(parameters,
                            FieldValue.key(equality.getValue())));
        }
        if (ordered && query.orderField() != null) {
            sql.append(join("o", parameters, pluginId, query.collection(), query.orderField()));
        }
        sql.append(" WHERE r.plugin_id = ").append(next(parameters, pluginId))
                .append(" AND r.collection = ").append(next(parameters, query.collection()));
        if (query.owner().isPresent()) {
            sql.append(" AND r.owner_id = ").append(next(parameters, query.owner().getAsLong()));
        }
        return new RecordSql(sql.toString(), parameters);
    }

    private static String join(String alias, List<Object> parameters, String pluginId, String collection,
                               String field) {
        return " JOIN plugin_record_field " + alias + " ON " + alias + ".record_id = r.id AND " + alias
                + ".plugin_id = " + next(parameters, pluginId) + " AND " + alias + ".collection = "
                + next(parameters, collection) + " AND " + alias + ".name = " + next(parameters, field);
    }

    private static String next(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** @return the query with the parameters set */
    Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
