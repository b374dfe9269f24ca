package org.agora.wiki;

import java.util.Map;
import org.agora.plugins.api.PageResult;

/**
 * Writing: the form for a new page, the edit form, saving (with the choice shown when someone saved meanwhile)
 * and restoring an old revision.
 */
final class EditPages {

    private EditPages() {
    }

    static PageResult newForm(WikiRequest w) {
        if (!w.rights.create()) {
            return w.forbidden();
        }
        String title = WikiPage.cleanTitle(w.parameter("title"));
        return form(w, null, title.length() > WikiPage.MAX_TITLE ? "" : title, "", "", 0, Map.of(), 200);
    }

    static PageResult create(WikiRequest w) {
        if (!w.rights.create()) {
            return w.forbidden();
        }
        String title = w.parameter("title");
        String text = w.parameter("text");
        String comment = w.parameter("comment");
        return switch (w.editor.create(title, text, comment, Math.max(0, w.number("parent")))) {
            case WikiEditor.Saved saved -> w.redirect(saved.page());
            case WikiEditor.Invalid invalid -> form(w, null, title, text, comment, 0, invalid.errors(), 400);
            case WikiEditor.Conflict conflict -> w.redirect(conflict.current());
        };
    }

    static PageResult editForm(WikiRequest w, WikiPage page) {
        if (!w.rights.mayEdit(page)) {
            return w.forbidden();
        }
        return form(w, page, page.title(), page.markdown(), "", page.revision(), Map.of(), 200);
    }

    static PageResult save(WikiRequest w, WikiPage page) {
        if (!w.rights.mayEdit(page)) {
            return w.forbidden();
        }
        String title = w.parameter("title");
        String text = w.parameter("text");
        String comment = w.parameter("comment");
        int base = (int) w.number("base");
        return switch (w.editor.save(page, base, title, text, comment)) {
            case WikiEditor.Saved saved -> w.redirect(saved.page());
            case WikiEditor.Invalid invalid -> form(w, page, title, text, comment, base, invalid.errors(), 400);
            case WikiEditor.Conflict conflict -> conflict(w, conflict.current(), title, text, comment);
        };
    }

    static PageResult restore(WikiRequest w, WikiPage page) {
        if (!w.rights.mayEdit(page)) {
            return w.forbidden();
        }
        var old = w.store.revision(page.id(), (int) w.number("revision"));
        if (old.isEmpty()) {
            return w.notFound();
        }
        return switch (w.editor.restore(page, old.get())) {
            case WikiEditor.Saved saved -> w.redirect(saved.page());
            case WikiEditor.Invalid invalid -> new PageResult.BadRequest(String.join(" ", invalid.errors().values()));
            case WikiEditor.Conflict conflict -> w.redirect(conflict.current());
        };
    }

    /**
     * Someone saved the page after this editor opened it: both versions are shown, with theirs current, and the
     * editor chooses to save theirs with their changes on top (the form then starts from the current revision), or
     * to take theirs. Answered with 409, and nothing was stored.
     */
    private static PageResult conflict(WikiRequest w, WikiPage current, String title, String text, String comment) {
        Map<String, Object> model = w.model();
        model.put("page", current);
        model.put("theirs", current);
        model.put("theirsHtml", ReadPages.html(w, current));
        model.put("theirAuthor", w.store.revision(current.id(), current.revision()).map(r -> r.authorName(w.messages))
                .orElse(w.messages.get("wiki.conflict.someone")));
        model.put("title", title);
        model.put("text", text);
        model.put("comment", comment);
        model.put("baseRevision", current.revision());
        model.put("lines", WikiDiff.between(current.markdown(), text));
        return new PageResult.View("conflict", w.messages.get("wiki.conflictTitle", current.title()), model, 409);
    }

    private static PageResult form(WikiRequest w, WikiPage page, String title, String text, String comment,
                                   int base, Map<String, String> errors, int status) {
        Map<String, Object> model = w.model();
        model.put("title", title);
        model.put("text", text);
        model.put("comment", comment);
        model.put("baseRevision", base);
        model.put("errors", errors);
        model.put("parent", page == null ? Math.max(0, w.number("parent")) : page.parentId());
        model.put("action", page == null ? "/new" : "/page/" + page.slug() + "/edit");
        if (page != null) {
            model.put("page", page);
        }
        String heading = page == null ? w.messages.get("wiki.newTitle") : w.messages.get("wiki.editTitle", page.title());
        return new PageResult.View("edit", heading, model, status);
    }
}
