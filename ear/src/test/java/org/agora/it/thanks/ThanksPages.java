package org.agora.it.thanks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.pf4j.Extension;

/** JSON pages over the 1.2 additions: people, version, limits, items named by their id. */
@Extension
public class ThanksPages implements PageHandler {

    static final int PER_WEEK = 3;

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        return switch (request.path()) {
            case "/people" -> new PageResult.Data(context.people().find(request.viewer(),
                    request.parameter("q").orElse(""), 20).stream().map(ThanksPages::person).toList());
            case "/handle" -> new PageResult.Data(context.people().byHandle(request.parameter("h").orElse(""))
                    .map(ThanksPages::person).orElse(Map.of()));
            case "/card" -> context.people().card(request.viewer(), Long.parseLong(request.parameter("id")
                            .orElse("0")))
                    .map(c -> (PageResult) new PageResult.Data(Map.of("name", c.person().name(),
                            "department", Optional.ofNullable(c.department()).orElse(""),
                            "location", Optional.ofNullable(c.location()).orElse(""))))
                    .orElse(PageResult.notFound("Nobody."));
            case "/version" -> new PageResult.Data(Map.of("version", context.pluginVersion(),
                    "now", context.clock().instant()));
            case "/echo" -> new PageResult.Data(Map.of("text", request.parameter("text").orElse("")));
            case "/thank" -> request.isPost() ? thank(request, context) : PageResult.notFound("POST only");
            case "/give" -> request.isPost()
                    ? new PageResult.Data(Map.of("thanked", context.people().picked(request, "to").stream()
                            .map(PersonRef::name).toList()))
                    : PageResult.view("give", "Thanks", Map.of());
            default -> request.path().startsWith("/item/") ? item(request, context)
                    : PageResult.notFound("No such page.");
        };
    }

    private static PageResult thank(PageRequest request, PluginContext context) {
        Optional<PersonRef> to = context.people().byHandle(request.parameter("to").orElse(""));
        if (to.isEmpty()) {
            return new PageResult.BadRequest("Nobody has that handle.");
        }
        long from = request.viewer().id();
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String key = from + ">" + to.get().id() + "@" + today;
        if (context.records().find(RecordQuery.in("thanks").where("key", key)).size() > 0) {
            return new PageResult.Data(Map.of("stored", false, "why", "today"));
        }
        Optional<StoredRecord> weekly = context.records().createIfFewer(
                RecordQuery.in("thanks").where("from", "" + from).where("week", week), PER_WEEK,
                Map.of("from", "" + from, "week", week, "key", key), from);
        if (weekly.isEmpty()) {
            return new PageResult.Data(Map.of("stored", false, "why", "week"));
        }
        Optional<StoredRecord> daily = context.records().createUnique("daily", key,
                Map.of("thanks", "" + weekly.get().id()), from, null);
        if (daily.isEmpty()) {
            context.records().delete("thanks", weekly.get().id());
            return new PageResult.Data(Map.of("stored", false, "why", "today"));
        }
        ContentItem item = context.content().publish(new ContentDraft("thanks", from, null,
                "Thanks to " + to.get().name(), "Thank you " + to.get().mention() + "! "
                        + request.parameter("why").orElse(""), "/item/" + ContentDraft.ID));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("stored", true);
        answer.put("item", item.id());
        answer.put("path", item.path());
        return new PageResult.Data(answer);
    }

    private static PageResult item(PageRequest request, PluginContext context) {
        long id = Long.parseLong(request.path().substring("/item/".length()));
        return context.content().find(id, request.viewer())
                .map(i -> (PageResult) new PageResult.Data(Map.of("title", i.title(), "path", i.path())))
                .orElse(PageResult.notFound("No such thanks."));
    }

    private static Map<String, Object> person(PersonRef p) {
        return Map.of("id", p.id(), "name", p.name(), "handle", p.handle(), "profile", p.profilePath());
    }
}
