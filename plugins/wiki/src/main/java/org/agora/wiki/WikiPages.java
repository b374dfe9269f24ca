package org.agora.wiki;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.SpaceRef;
import org.pf4j.Extension;

/**
 * The wiki's pages: the list of pages, a form for a new page, and each page. With {@code ?space=ID} (the space's
 * "Wiki" tab) they are the pages of that space, which the host lets through only for people who may read it; a
 * space's page is never shown outside its space.
 */
@Extension
public class WikiPages implements PageHandler {

    private static final Pattern PAGE = Pattern.compile("/page/([a-z0-9-]{1,90})");

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        Where where = new Where(request.space().orElse(null), context.messages(request.locale()));
        String path = request.path();
        if (path.equals("/")) {
            return home(request, context, where);
        }
        if (path.equals("/new")) {
            if (!context.permitted(request.viewer(), WikiPermissions.WRITE)) {
                return new PageResult.Forbidden(where.messages.get("wiki.error.write"));
            }
            return request.isPost() ? create(request, context.records(), where)
                    : form("", "", Map.of(), 200, where);
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches() && !request.isPost()) {
            return show(page.group(1), context, where);
        }
        return PageResult.notFound(where.messages.get("wiki.error.noSuchPage"));
    }

    /** The space the pages belong to (null for the company wiki) and the reader's messages. */
    private record Where(SpaceRef space, Messages messages) {

        long spaceId() {
            return space == null ? 0 : space.id();
        }

        String query() {
            return space == null ? "" : "?space=" + space.id();
        }

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("query", query());
            if (space != null) {
                model.put("space", space);
            }
            return model;
        }
    }

    private PageResult home(PageRequest request, PluginContext context, Where where) {
        List<WikiPage> pages = where.space == null
                // pages written before spaces had wikis carry no space: they belong to the company wiki
                ? context.records().list(WikiPage.COLLECTION, 0, 200).stream()
                        .flatMap(r -> WikiPage.of(r).stream()).filter(p -> p.spaceId() == 0).toList()
                : context.records().find(RecordQuery.in(WikiPage.COLLECTION)
                                .where("space", String.valueOf(where.spaceId())).orderBy("title").limit(200))
                        .stream().flatMap(r -> WikiPage.of(r).stream()).toList();
        Map<String, Object> model = where.model();
        model.put("pages", pages);
        model.put("mayWrite", context.permitted(request.viewer(), WikiPermissions.WRITE));
        String intro = context.settings().get(WikiSettings.INTRO);
        if (where.space == null && !intro.isBlank()) {
            model.put("intro", intro);
        }
        String title = where.space == null ? where.messages.get("wiki.title")
                : where.messages.get("wiki.spaceTitle", where.space.name());
        return PageResult.view("home", title, model);
    }

    private PageResult form(String title, String text, Map<String, String> errors, int status, Where where) {
        Map<String, Object> model = where.model();
        model.putAll(Map.of("title", title, "text", text, "errors", errors));
        return new PageResult.View("edit", where.messages.get("wiki.newTitle"), model, status);
    }

    private PageResult create(PageRequest request, RecordStore records, Where where) {
        String title = request.parameter("title").orElse("").strip();
        String text = request.parameter("text").orElse("");
        Map<String, String> errors = WikiPage.problems(title, text, where.messages);
        if (!errors.isEmpty()) {
            return form(title, text, errors, 400, where);
        }
        String slug = freeSlug(WikiPage.slugOf(title), records);
        records.create(WikiPage.COLLECTION, new WikiPage(0, title, slug, text.strip(), request.viewer().name(),
                request.viewer().id(), where.spaceId()).fields());
        return PageResult.redirect("/page/" + slug + where.query());
    }

    private String freeSlug(String base, RecordStore records) {
        String slug = base;
        for (int n = 2; !records.findBy(WikiPage.COLLECTION, "slug", slug).isEmpty(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private PageResult show(String slug, PluginContext context, Where where) {
        Optional<WikiPage> page = context.records().findBy(WikiPage.COLLECTION, "slug", slug).stream()
                .flatMap(r -> WikiPage.of(r).stream()).findFirst()
                .filter(p -> p.spaceId() == where.spaceId());
        if (page.isEmpty()) {
            return PageResult.notFound(where.messages.get("wiki.error.noPage"));
        }
        Map<String, Object> model = where.model();
        model.put("page", page.get());
        model.put("html", context.renderMarkdown(page.get().markdown()));
        return PageResult.view("page", page.get().title(), model);
    }
}
