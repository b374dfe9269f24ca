package org.agora.it.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * The host's record store of the probe plugin, called from a test through the probe's {@code /records} page: each
 * method is one request, which the probe passes to the real store on the running server.
 */
public final class ProbeRecordStore implements RecordStore {

    private static final String PAGE = "/m/probe/records";

    private final AgoraClient client;

    /** @param client a signed-in person, whose CSRF token the store sends */
    public ProbeRecordStore(AgoraClient client) {
        this.client = client;
        client.get("/");
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields) {
        return create(collection, fields, null);
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields, Long ownerId) {
        return create(collection, fields, ownerId, null);
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields, Long ownerId, Long contentId) {
        Map<String, String> p = call("create", collection);
        put(p, "f.", fields);
        p.put("owner", ownerId == null ? "" : "" + ownerId);
        p.put("content", contentId == null ? "" : "" + contentId);
        return records(p).get(0);
    }

    @Override
    public Optional<StoredRecord> createUnique(String collection, String key, Map<String, String> fields,
                                               Long ownerId, Long contentId) {
        Map<String, String> p = call("createUnique", collection);
        p.put("key", key);
        put(p, "f.", fields);
        p.put("owner", ownerId == null ? "" : "" + ownerId);
        p.put("content", contentId == null ? "" : "" + contentId);
        return records(p).stream().findFirst();
    }

    @Override
    public Optional<StoredRecord> createIfFewer(RecordQuery query, long limit, Map<String, String> fields,
                                                Long ownerId) {
        Map<String, String> p = query("createIfFewer", query);
        p.put("max", "" + limit);
        put(p, "f.", fields);
        p.put("newOwner", ownerId == null ? "" : "" + ownerId);
        return records(p).stream().findFirst();
    }

    @Override
    public int createAll(String collection, List<Map<String, String>> records) {
        Map<String, String> p = call("createAll", collection);
        p.put("n", "" + records.size());
        for (int i = 0; i < records.size(); i++) {
            put(p, "r" + i + ".", records.get(i));
        }
        return (int) number(send(p), "count=");
    }

    @Override
    public Optional<StoredRecord> get(String collection, long id) {
        Map<String, String> p = call("get", collection);
        p.put("id", "" + id);
        return records(p).stream().findFirst();
    }

    @Override
    public StoredRecord update(String collection, long id, long expectedVersion, Map<String, String> fields) {
        Map<String, String> p = call("update", collection);
        p.put("id", "" + id);
        p.put("expected", "" + expectedVersion);
        put(p, "f.", fields);
        return records(p).get(0);
    }

    @Override
    public boolean delete(String collection, long id) {
        Map<String, String> p = call("delete", collection);
        p.put("id", "" + id);
        return send(p).equals("deleted=true");
    }

    @Override
    public List<StoredRecord> findBy(String collection, String field, String value) {
        Map<String, String> p = call("findBy", collection);
        p.put("field", field);
        p.put("value", value);
        return records(p);
    }

    @Override
    public List<StoredRecord> list(String collection, int offset, int limit) {
        Map<String, String> p = call("list", collection);
        p.put("offset", "" + offset);
        p.put("limit", "" + limit);
        return records(p);
    }

    @Override
    public List<StoredRecord> find(RecordQuery query) {
        return records(query("find", query));
    }

    @Override
    public long count(RecordQuery query) {
        return number(send(query("count", query)), "count=");
    }

    @Override
    public Map<String, Long> countBy(RecordQuery query, String field) {
        Map<String, String> p = query("countBy", query);
        p.put("field", field);
        Map<String, Long> counts = new LinkedHashMap<>();
        send(p).lines().skip(1).forEach(line -> {
            int tab = line.indexOf('\t');
            counts.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
        });
        return counts;
    }

    private static Map<String, String> query(String op, RecordQuery query) {
        Map<String, String> p = call(op, query.collection());
        put(p, "w.", query.equalities());
        // a field compared with several values: the values on lines of their own
        query.conditions().forEach((field, values) -> {
            if (values.size() > 1) {
                p.put("in." + field, String.join("\n", values));
            }
        });
        query.owner().ifPresent(owner -> p.put("owner", "" + owner));
        if (query.orderField() != null) {
            p.put("order", query.orderField());
            if (query.descending()) {
                p.put("desc", "true");
            }
        }
        p.put("offset", "" + query.offset());
        p.put("limit", "" + query.limit());
        return p;
    }

    private static Map<String, String> call(String op, String collection) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("op", op);
        p.put("col", collection);
        return p;
    }

    private static void put(Map<String, String> parameters, String prefix, Map<String, String> fields) {
        fields.forEach((k, v) -> parameters.put(prefix + k, v));
    }

    private String send(Map<String, String> parameters) {
        Page page = client.post(PAGE, parameters);
        if (page.status() != 200) {
            throw new IllegalStateException("the probe answered " + page);
        }
        String body = page.body().strip();
        return switch (body) {
            case "stale" -> throw new StaleRecordException("the host's store says the record is stale");
            case "illegal" -> throw new IllegalArgumentException("the host's store refused the arguments");
            default -> body;
        };
    }

    private static long number(String answer, String prefix) {
        return Long.parseLong(answer.substring(prefix.length()));
    }

    private List<StoredRecord> records(Map<String, String> parameters) {
        List<String> lines = send(parameters).lines().toList();
        if (!lines.get(0).equals("ok")) {
            throw new IllegalStateException("not records: " + lines);
        }
        List<StoredRecord> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : line.split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(dec(kv[0]), kv.length == 2 ? dec(kv[1]) : "");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith("f.")) {
                    fields.put(k.substring(2), v);
                }
            });
            records.add(new StoredRecord(Long.parseLong(form.get("id")), form.get("collection"),
                    Long.parseLong(form.get("version")), fields, Instant.parse(form.get("created")),
                    Instant.parse(form.get("updated")),
                    form.get("owner").isEmpty() ? null : Long.valueOf(form.get("owner"))));
        }
        return records;
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
