package org.agora.it.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.UploadedFile;
import org.pf4j.Extension;

/** The probe's pages: a space board (a view), then JSON pages that show what the host gave the plugin. */
@Extension
public class ProbePages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        return switch (request.path()) {
            case "/board" -> board(request, context);
            case "/card" -> json(Map.of("person", request.person().map(p -> p.id() + " " + p.name()).orElse("")));
            case "/settings" -> json(Map.of("greeting", context.settings().get("greeting"),
                    "size", context.settings().getNumber("size"), "loud", context.settings().getBoolean("loud")));
            case "/events" -> json(fields(context.records().find(RecordQuery.in("events").limit(500))));
            case "/ticks" -> json(Map.of("ticks", context.records().count(RecordQuery.in("ticks"))));
            case "/erasures" -> json(fields(context.records().find(RecordQuery.in("erasures"))));
            case "/refuse-erasure" -> json(Map.of("id", context.records().create(ProbeListeners.REFUSALS,
                    Map.of("person", request.parameter("person").orElse(""))).id()));
            case "/allow-erasure" -> json(Map.of("allowed", context.records().find(RecordQuery.in(
                    ProbeListeners.REFUSALS)).stream().filter(r -> context.records().delete(ProbeListeners.REFUSALS,
                    r.id())).count()));
            case "/hold-erasures" -> {
                ProbeListeners.holdErasures = true;
                yield json(Map.of("holding", true));
            }
            case "/secret" -> context.permitted(request.viewer(), "probe.secret") ? json(Map.of("secret", "yes"))
                    : new PageResult.Forbidden("Only communicators see the probe's secret.");
            case "/notify" -> notifyViewer(request, context);
            case "/mine" -> mine(request, context);
            case "/upload" -> upload(request);
            case "/seed" -> seed(request, context);
            case "/query" -> query(request, context);
            case "/records" -> ProbeRecords.handle(request, context.records());
            default -> PageResult.notFound("No such probe page.");
        };
    }

    private static PageResult board(PageRequest request, PluginContext context) {
        if (request.space().isEmpty()) {
            return new PageResult.BadRequest("The board belongs to a space.");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("space", request.space().get());
        model.put("greeting", context.settings().get("greeting"));
        return PageResult.view("board", context.messages(request.locale()).get("probe.tab"), model);
    }

    private static PageResult notifyViewer(PageRequest request, PluginContext context) {
        if (!request.isPost()) {
            return PageResult.notFound("POST only");
        }
        context.notify(new PluginNotification(request.viewer().id(), request.parameter("text").orElse("Ping"),
                "/board?space=" + request.parameter("board").orElse("0")));
        return json(Map.of("notified", request.viewer().id()));
    }

    private static PageResult mine(PageRequest request, PluginContext context) {
        StoredRecord note = context.records().create("notes",
                Map.of("text", request.parameter("text").orElse("")), request.viewer().id());
        return json(Map.of("id", note.id(), "owner", note.ownerId()));
    }

    private static PageResult upload(PageRequest request) {
        UploadedFile file = request.file("file").orElse(null);
        return file == null ? new PageResult.BadRequest("Send a file; got fields " + request.parameters().keySet()
                + " and " + request.files().size() + " files.") : json(Map.of("title",
                request.parameter("title").orElse(""), "name", file.fileName(), "size", file.size(),
                "text", new String(file.content(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    // n records in collection "col", field cat = "c" + (i % cats) and seq = i zero-padded, from "from" on
    private static PageResult seed(PageRequest request, PluginContext context) {
        String collection = request.parameter("col").orElse("items");
        int from = Integer.parseInt(request.parameter("from").orElse("0"));
        int n = Integer.parseInt(request.parameter("n").orElse("100"));
        int cats = Integer.parseInt(request.parameter("cats").orElse("10"));
        List<Map<String, String>> batch = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            batch.add(Map.of("cat", "c" + (i % cats), "seq", "%08d".formatted(i)));
        }
        long start = System.nanoTime();
        int stored = context.records().createAll(collection, batch);
        return json(Map.of("stored", stored, "micros", (System.nanoTime() - start) / 1000));
    }

    private static PageResult query(PageRequest request, PluginContext context) {
        RecordQuery query = RecordQuery.in(request.parameter("col").orElse("items"));
        if (request.parameter("cat").isPresent()) {
            query = query.where("cat", request.parameter("cat").get());
        }
        if (request.parameter("order").isPresent()) {
            query = request.parameter("desc").isPresent() ? query.orderByDescending(request.parameter("order").get())
                    : query.orderBy(request.parameter("order").get());
        }
        query = query.offset(Integer.parseInt(request.parameter("offset").orElse("0")))
                .limit(Integer.parseInt(request.parameter("limit").orElse("10")));
        long start = System.nanoTime();
        List<StoredRecord> found = context.records().find(query);
        long findMicros = (System.nanoTime() - start) / 1000;
        start = System.nanoTime();
        long count = context.records().count(query);
        long countMicros = (System.nanoTime() - start) / 1000;
        return json(Map.of("count", count, "seq", found.stream().map(r -> r.fields().get("seq")).toList(),
                "findMicros", findMicros, "countMicros", countMicros));
    }

    private static List<Map<String, String>> fields(List<StoredRecord> records) {
        return records.stream().map(StoredRecord::fields).toList();
    }

    private static PageResult json(Object value) {
        return new PageResult.Json(Json.of(value));
    }
}
