package org.agora.wiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.content.ContentFile;
import org.agora.plugins.api.content.ContentItem;

/** The pages that only read: the wiki's home, a page, its history and the comparison of two revisions. */
public final class ReadPages {

    private ReadPages() {
    }

    /**
     * A revision as the history lists it.
     *
     * @param number  its number
     * @param title   the page's title then
     * @param comment the author's comment
     * @param author  the author's name, or "a former employee"
     * @param at      when, which the template words in the reader's zone through the host's {@code dates}
     * @param current true for the page's current revision
     */
    public record HistoryRow(int number, String title, String comment, String author, Instant at, boolean current) {
    }

    static PageResult home(WikiRequest w) {
        Map<String, Object> model = w.model();
        List<WikiPage> pages = w.store.pages();
        model.put("pages", pages);
        model.put("tree", new WikiTree(pages).rows());
        w.store.home().ifPresent(home -> {
            model.put("home", home);
            model.put("html", html(w, home));
        });
        String intro = w.space == null ? w.context.settings().get(WikiSettings.INTRO) : "";
        if (!intro.isBlank()) {
            model.put("intro", intro);
        }
        return PageResult.view("home", w.wikiTitle(), model);
    }

    static PageResult page(WikiRequest w, WikiPage page) {
        Map<String, Object> model = w.model();
        List<WikiPage> pages = w.store.pages();
        WikiTree tree = new WikiTree(pages);
        model.put("page", page);
        model.put("html", html(w, page));
        model.put("tree", tree.rows());
        model.put("ancestors", tree.ancestors(page));
        model.put("children", tree.children(page.id()));
        model.put("backlinks", w.store.backlinks(page));
        var below = tree.descendants(page.id());
        model.put("moveTargets", pages.stream().filter(p -> p.id() != page.id() && !below.contains(p.id())).toList());
        model.put("isHome", w.store.home().map(h -> h.id() == page.id()).orElse(false));
        model.put("mayEdit", w.rights.mayEdit(page));
        w.store.revision(page.id(), page.revision()).ifPresent(r -> {
            model.put("editedBy", r.authorName(w.messages));
            model.put("editedAt", r.at());
        });
        Optional<ContentItem> item = page.contentId() == 0 ? Optional.empty()
                : w.context.content().find(page.contentId(), w.viewer());
        item.ifPresent(i -> {
            model.put("discussPath", i.discussionPath());
            model.put("discussLabel", w.messages.get("wiki.discuss", i.comments()));
            model.put("reactions", i.reactions());
        });
        List<ContentFile> files = page.contentId() == 0 ? List.of() : w.context.content().files(page.contentId());
        model.put("images", files.stream().filter(f -> f.image() && f.thumbnailUrl() != null).toList());
        model.put("files", files);
        return PageResult.view("page", page.title(), model);
    }

    static PageResult history(WikiRequest w, WikiPage page) {
        Map<String, Object> model = w.model();
        model.put("page", page);
        model.put("mayEdit", w.rights.mayEdit(page));
        model.put("revisions", w.store.revisions(page.id()).stream().map(r -> new HistoryRow(r.number(), r.title(),
                r.comment(), r.authorName(w.messages), r.at(), r.number() == page.revision())).toList());
        return PageResult.view("history", w.messages.get("wiki.historyOf", page.title()), model);
    }

    static PageResult diff(WikiRequest w, WikiPage page) {
        long to = w.number("to") > 0 ? w.number("to") : page.revision();
        long from = w.number("from") > 0 ? w.number("from") : Math.max(1, to - 1);
        Optional<Revision> older = w.store.revision(page.id(), (int) Math.min(from, to));
        Optional<Revision> newer = w.store.revision(page.id(), (int) Math.max(from, to));
        if (older.isEmpty() || newer.isEmpty()) {
            return w.notFound();
        }
        Map<String, Object> model = w.model();
        model.put("page", page);
        model.put("from", older.get());
        model.put("to", newer.get());
        model.put("fromAuthor", older.get().authorName(w.messages));
        model.put("toAuthor", newer.get().authorName(w.messages));
        model.put("lines", WikiDiff.between(older.get().markdown(), newer.get().markdown()));
        model.put("titleChanged", !older.get().title().equals(newer.get().title()));
        model.put("mayEdit", w.rights.mayEdit(page));
        model.put("restorable", java.util.stream.Stream.of(older.get(), newer.get()).distinct()
                .filter(r -> r.number() != page.revision()).toList());
        return PageResult.view("diff", w.messages.get("wiki.diffOf", page.title()), model);
    }

    /** The edit form's preview: the text rendered as the page will show it, links included, as JSON. */
    static PageResult preview(WikiRequest w) {
        String text = w.parameter("text");
        String html = text.length() > WikiPage.MAX_TEXT ? "" : html(w, text);
        return new PageResult.Data(Map.of("html", html));
    }

    /** @return the page's text as safe HTML, with its links leading to pages, or to the form for missing ones */
    static String html(WikiRequest w, WikiPage page) {
        return html(w, page.markdown());
    }

    static String html(WikiRequest w, String markdown) {
        return WikiLinks.render(markdown, w.context::renderMarkdown, link -> w.store.byTitle(link.title())
                .map(p -> new WikiLinks.Target(w.base() + w.path(p), false))
                .orElseGet(() -> new WikiLinks.Target(w.base() + "/new?title="
                        + URLEncoder.encode(link.title(), StandardCharsets.UTF_8) + w.and(), true)));
    }
}
