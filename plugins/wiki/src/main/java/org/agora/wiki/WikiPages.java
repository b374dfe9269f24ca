package org.agora.wiki;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordStore;
import org.pf4j.Extension;

/** The wiki's pages: the list of pages, a form for a new page, and each page. */
@Extension
public class WikiPages implements PageHandler {

    private static final Pattern PAGE = Pattern.compile("/page/([a-z0-9-]{1,90})");

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        String path = request.path();
        if (path.equals("/")) {
            return home(context.records());
        }
        if (path.equals("/new")) {
            return request.isPost() ? create(request, context.records()) : form("", "", Map.of(), 200);
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches() && !request.isPost()) {
            return show(page.group(1), context);
        }
        return PageResult.notFound("There is no such wiki page.");
    }

    private PageResult home(RecordStore records) {
        List<WikiPage> pages = records.list(WikiPage.COLLECTION, 0, 200).stream()
                .flatMap(r -> WikiPage.of(r).stream()).toList();
        return PageResult.view("home", "Wiki", Map.of("pages", pages));
    }

    private PageResult form(String title, String text, Map<String, String> errors, int status) {
        return new PageResult.View("edit", "New wiki page",
                Map.of("title", title, "text", text, "errors", errors), status);
    }

    private PageResult create(PageRequest request, RecordStore records) {
        String title = request.parameter("title").orElse("").strip();
        String text = request.parameter("text").orElse("");
        Map<String, String> errors = WikiPage.problems(title, text);
        if (!errors.isEmpty()) {
            return form(title, text, errors, 400);
        }
        String slug = freeSlug(WikiPage.slugOf(title), records);
        records.create(WikiPage.COLLECTION,
                new WikiPage(0, title, slug, text.strip(), request.viewer().name()).fields());
        return PageResult.redirect("/page/" + slug);
    }

    private String freeSlug(String base, RecordStore records) {
        String slug = base;
        for (int n = 2; !records.findBy(WikiPage.COLLECTION, "slug", slug).isEmpty(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private PageResult show(String slug, PluginContext context) {
        Optional<WikiPage> page = context.records().findBy(WikiPage.COLLECTION, "slug", slug).stream()
                .flatMap(r -> WikiPage.of(r).stream()).findFirst();
        if (page.isEmpty()) {
            return PageResult.notFound("There is no wiki page at this address.");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page.get());
        model.put("html", context.renderMarkdown(page.get().markdown()));
        return PageResult.view("page", page.get().title(), model);
    }
}
