package org.agora.plugins.storage;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.RecordQuery;
import org.agora.spaces.model.ReadableSpaces;

/**
 * The SQL of a {@link RecordQuery}, shaped so that Derby (and PostgreSQL) answer it from indexes without reading
 * the collection: an ordered query starts from the ordering field's rows in the index
 * {@code plugin_record_field_query (plugin_id, collection, name, value_key, record_id)} (or its descending twin)
 * and orders by exactly those columns, so the first page is read off the index; a filtered query starts from the
 * first compared field's rows (a field compared with several values reads the index once per value); other compared
 * fields, the owner and the content item are joins on the record id, and what a reader may see is a join on the
 * record's content item.
 *
 * @param text       the SQL text with numbered parameters
 * @param parameters the parameter values, in number order
 */
record RecordSql(String text, List<Object> parameters) {

    /**
     * @param readable the spaces whose content items the query's reader may read, every space to leave nothing out
     */
    static RecordSql select(String pluginId, RecordQuery query, ReadableSpaces readable) {
        RecordSql sql = build(pluginId, query, readable, true);
        return new RecordSql(sql.text + " OFFSET " + query.offset() + " ROWS FETCH NEXT " + query.limit()
                + " ROWS ONLY", sql.parameters);
    }

    static RecordSql count(String pluginId, RecordQuery query, ReadableSpaces readable) {
        return build(pluginId, query, readable, false, null);
    }

    /** Counts by the indexed key of one field: one row (key, count) per value. */
    static RecordSql countBy(String pluginId, RecordQuery query, ReadableSpaces readable, String field) {
        return build(pluginId, query, readable, false, field);
    }

    private static RecordSql build(String pluginId, RecordQuery query, ReadableSpaces readable,
                                   boolean ordered) {
        return build(pluginId, query, readable, ordered, null);
    }

    private static RecordSql build(String pluginId, RecordQuery query, ReadableSpaces readable,
                                   boolean ordered, String groupField) {
        List<Object> parameters = new ArrayList<>();
        List<Map.Entry<String, List<String>>> conditions = new ArrayList<>(query.conditions().entrySet());
        String order = ordered ? query.orderField() : null;
        String base;
        StringBuilder from = new StringBuilder();
        StringBuilder where = new StringBuilder();
        if (order != null) {
            base = "o";
            from.append(" FROM plugin_record_field o");
            where.append(fieldRows("o", parameters, pluginId, query.collection(), order));
        } else if (!conditions.isEmpty()) {
            base = "w0";
            Map.Entry<String, List<String>> first = conditions.remove(0);
            from.append(" FROM plugin_record_field w0");
            where.append(fieldRows("w0", parameters, pluginId, query.collection(), first.getKey()))
                    .append(" AND ").append(values("w0", parameters, first.getValue()));
        } else {
            base = "r";
            from.append(" FROM plugin_record r");
            where.append(" WHERE r.plugin_id = ").append(next(parameters, pluginId))
                    .append(" AND r.collection = ").append(next(parameters, query.collection()));
        }
        String id = base.equals("r") ? "r.id" : base + ".record_id";
        int n = 1;
        for (Map.Entry<String, List<String>> condition : conditions) {
            String alias = "w" + n++;
            from.append(" JOIN plugin_record_field ").append(alias).append(" ON ").append(alias)
                    .append(".record_id = ").append(id)
                    .append(fieldRows(" AND", alias, parameters, pluginId, query.collection(), condition.getKey()))
                    .append(" AND ").append(values(alias, parameters, condition.getValue()));
        }
        if (groupField != null) {
            from.append(" JOIN plugin_record_field g ON g.record_id = ").append(id)
                    .append(fieldRows(" AND", "g", parameters, pluginId, query.collection(), groupField));
        }
        StringBuilder record = new StringBuilder();
        if (query.owner().isPresent()) {
            record.append(" AND r.owner_id = ").append(next(parameters, query.owner().getAsLong()));
        }
        if (query.content().isPresent()) {
            record.append(" AND r.content_id = ").append(next(parameters, query.content().getAsLong()));
        }
        if (!record.isEmpty() || !readable.isEvery()) {
            if (base.equals("r")) {
                where.append(record);
            } else {
                from.append(" JOIN plugin_record r ON r.id = ").append(id).append(record);
            }
        }
        if (!readable.isEvery()) {
            // a record about a content item of a space the reader may not read is left out
            from.append(" LEFT JOIN post cp ON cp.id = r.content_id");
            StringBuilder spaces = new StringBuilder();
            for (Long space : readable.ids().stream().sorted().toList()) {
                spaces.append(spaces.isEmpty() ? "" : ", ").append(next(parameters, space));
            }
            where.append(" AND (r.content_id IS NULL OR cp.space_id IS NULL")
                    .append(spaces.isEmpty() ? "" : " OR cp.space_id IN (" + spaces + ")").append(")");
        }
        String direction = order != null && !query.descending() ? "" : " DESC";
        String orderBy = !ordered ? "" : order != null
                ? " ORDER BY o.value_key" + direction + ", o.record_id" + direction
                : " ORDER BY " + id + " DESC";
        if (groupField != null) {
            return new RecordSql("SELECT g.value_key, COUNT(*)" + from + where + " GROUP BY g.value_key", parameters);
        }
        return new RecordSql((ordered ? "SELECT " + id : "SELECT COUNT(*)") + from + where + orderBy, parameters);
    }

    private static String fieldRows(String alias, List<Object> parameters, String pluginId, String collection,
                                    String field) {
        return fieldRows(" WHERE", alias, parameters, pluginId, collection, field);
    }

    private static String fieldRows(String keyword, String alias, List<Object> parameters, String pluginId,
                                    String collection, String field) {
        return keyword + " " + alias + ".plugin_id = " + next(parameters, pluginId) + " AND " + alias
                + ".collection = " + next(parameters, collection) + " AND " + alias + ".name = "
                + next(parameters, field);
    }

    // one value is an equality; several, a list whose keys are distinct, since two values may share their key
    private static String values(String alias, List<Object> parameters, List<String> values) {
        List<String> keys = values.stream().map(FieldValue::key).distinct().toList();
        if (keys.size() == 1) {
            return alias + ".value_key = " + next(parameters, keys.get(0));
        }
        StringBuilder list = new StringBuilder();
        keys.forEach(k -> list.append(list.isEmpty() ? "" : ", ").append(next(parameters, k)));
        return alias + ".value_key IN (" + list + ")";
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
