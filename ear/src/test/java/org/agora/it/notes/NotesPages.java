package org.agora.it.notes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.it.probe.Json;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;
import org.pf4j.Extension;

/** JSON pages that publish, change, read, attach to and delete content items. */
@Extension
public class NotesPages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        String[] parts = request.path().split("/");
        try {
            return switch (parts.length > 1 ? parts[1] : "") {
                case "publish" -> json(context.content().publish(draft(request)));
                case "update" -> json(context.content().update(Long.parseLong(parts[2]), draft(request)));
                case "delete" -> {
                    context.content().delete(Long.parseLong(parts[2]));
                    yield new PageResult.Json("{}");
                }
                case "item" -> context.content().find(Long.parseLong(parts[2]), request.viewer())
                        .map(NotesPages::json).orElse(PageResult.notFound("No such note."));
                case "note" -> context.content().find(Long.parseLong(parts[2]), request.viewer())
                        .map(i -> PageResult.view("note", i.title(), Map.of("note", i)))
                        .orElse(PageResult.notFound("No such note."));
                case "attach" -> new PageResult.Json(Json.of(Map.of("url", context.content().attach(
                        Long.parseLong(parts[2]), request.file("file").orElseThrow(), request.viewer()).url())));
                case "files" -> new PageResult.Json(Json.of(context.content().files(Long.parseLong(parts[2])).stream()
                        .map(f -> Map.of("name", f.fileName(), "url", f.url(), "image", f.image())).toList()));
                case "search" -> new PageResult.Json(Json.of(context.search(request.viewer(),
                        request.parameter("q").orElse(""), 10).stream().map(h -> h.link()).toList()));
                case "vote" -> new PageResult.Json(Json.of(Map.of("id", context.records().create("votes",
                        Map.of("by", String.valueOf(request.viewer().id())), request.viewer().id(),
                        Long.parseLong(parts[2])).id())));
                case "votes" -> new PageResult.Json(Json.of(context.records().find(RecordQuery.in("votes")
                        .readableBy(request.viewer())).stream().map(r -> String.valueOf(r.contentId())).toList()));
                case "removed" -> new PageResult.Json(Json.of(context.records().find(RecordQuery.in("removed"))
                        .stream().map(r -> r.fields().get("content")).toList()));
                default -> PageResult.notFound("No such notes page.");
            };
        } catch (ContentRefusedException | IllegalArgumentException e) {
            return new PageResult.BadRequest(e.getMessage());
        }
    }

    private static ContentDraft draft(PageRequest request) {
        return new ContentDraft(request.parameter("type").orElse("note"), request.viewer().id(), request.space().map(SpaceRef::id).orElse(null),
                request.parameter("title").orElse("Untitled"), request.parameter("text").orElse(""),
                "/note/" + request.parameter("slug").orElse("x"));
    }

    private static PageResult json(ContentItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("title", item.title());
        m.put("path", item.path());
        m.put("author", item.authorName());
        m.put("comments", item.comments());
        m.put("reactions", item.reactions());
        m.put("discussion", item.discussionPath());
        m.put("edited", item.editedAt() != null);
        return new PageResult.Json(Json.of(m));
    }
}
