package org.agora.it.probe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * The probe's {@code /records} page: one call of the host's {@link RecordStore} per request, so that a test can run
 * the record store contract on the real store. Fields come as {@code f.NAME} parameters (records of a batch as
 * {@code rN.NAME}, query equalities as {@code w.NAME}); the answer is plain text, a status line then one line per
 * record, each a URL-encoded form.
 */
final class ProbeRecords {

    private ProbeRecords() {
    }

    static PageResult handle(PageRequest request, RecordStore store) {
        String answer;
        try {
            answer = call(request, store);
        } catch (StaleRecordException e) {
            answer = "stale";
        } catch (IllegalArgumentException e) {
            answer = "illegal";
        }
        return new PageResult.Download("records.txt", "text/plain", answer.getBytes(StandardCharsets.UTF_8));
    }

    private static String call(PageRequest request, RecordStore store) {
        String col = request.parameter("col").orElse("");
        return switch (request.parameter("op").orElse("")) {
            case "create" -> records(List.of(store.create(col, fields(request, "f."), number(request, "owner"),
                    number(request, "content"))));
            case "createAll" -> "count=" + store.createAll(col, batch(request));
            case "createUnique" -> records(store.createUnique(col, request.parameter("key").orElse(""),
                    fields(request, "f."), number(request, "owner"), number(request, "content")).stream().toList());
            case "createIfFewer" -> records(store.createIfFewer(query(request, col), number(request, "max"),
                    fields(request, "f."), number(request, "newOwner")).stream().toList());
            case "get" -> records(store.get(col, number(request, "id")).stream().toList());
            case "update" -> records(List.of(store.update(col, number(request, "id"), number(request, "expected"),
                    fields(request, "f."))));
            case "delete" -> "deleted=" + store.delete(col, number(request, "id"));
            case "findBy" -> records(store.findBy(col, request.parameter("field").orElse(""),
                    request.parameter("value").orElse("")));
            case "list" -> records(store.list(col, number(request, "offset").intValue(),
                    number(request, "limit").intValue()));
            case "find" -> records(store.find(query(request, col)));
            case "count" -> "count=" + store.count(query(request, col));
            case "countBy" -> counts(store.countBy(query(request, col), request.parameter("field").orElse("")));
            default -> "illegal";
        };
    }

    /** One line per value: its count, a tab, the value. */
    private static String counts(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder("counts\n");
        counts.forEach((value, n) -> out.append(n).append('\t').append(value).append('\n'));
        return out.toString();
    }

    private static RecordQuery query(PageRequest request, String col) {
        RecordQuery query = RecordQuery.in(col);
        for (var e : fields(request, "w.").entrySet()) {
            query = query.where(e.getKey(), e.getValue());
        }
        for (var e : fields(request, "in.").entrySet()) {
            query = query.whereIn(e.getKey(), List.of(e.getValue().split("\n")));
        }
        if (request.parameter("owner").isPresent()) {
            query = query.ownedBy(number(request, "owner"));
        }
        if (request.parameter("order").isPresent()) {
            query = request.parameter("desc").isPresent() ? query.orderByDescending(request.parameter("order").get())
                    : query.orderBy(request.parameter("order").get());
        }
        return query.offset(number(request, "offset").intValue()).limit(number(request, "limit").intValue());
    }

    private static List<Map<String, String>> batch(PageRequest request) {
        List<Map<String, String>> batch = new ArrayList<>();
        for (int i = 0; i < number(request, "n"); i++) {
            batch.add(fields(request, "r" + i + "."));
        }
        return batch;
    }

    private static Map<String, String> fields(PageRequest request, String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.parameters().forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty()) {
                fields.put(name.substring(prefix.length()), values.get(0));
            }
        });
        return fields;
    }

    private static Long number(PageRequest request, String name) {
        return request.parameter(name).filter(v -> !v.isBlank()).map(Long::valueOf).orElse(null);
    }

    private static String records(List<StoredRecord> records) {
        return records.stream().map(ProbeRecords::line).collect(Collectors.joining("\n", "ok\n", ""));
    }

    private static String line(StoredRecord r) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", "" + r.id());
        form.put("collection", r.collection());
        form.put("version", "" + r.version());
        form.put("owner", r.ownerId() == null ? "" : "" + r.ownerId());
        form.put("created", r.createdAt().toString());
        form.put("updated", r.updatedAt().toString());
        r.fields().forEach((k, v) -> form.put("f." + k, v));
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
