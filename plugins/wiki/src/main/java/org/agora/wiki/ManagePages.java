package org.agora.wiki;

import java.util.Optional;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.content.ContentRefusedException;

/** Changes that are not a new revision: moving, deleting, locking, the home page and attached files. */
final class ManagePages {

    private ManagePages() {
    }

    static PageResult move(WikiRequest w, WikiPage page) {
        if (!w.rights.mayEdit(page)) {
            return w.forbidden();
        }
        return done(w, page, w.editor.move(page, Math.max(0, w.number("parent"))));
    }

    static PageResult delete(WikiRequest w, WikiPage page) {
        if (!w.rights.delete()) {
            return w.forbidden();
        }
        w.editor.delete(page);
        return PageResult.redirect("/" + w.query());
    }

    static PageResult lock(WikiRequest w, WikiPage page) {
        if (!w.rights.lock()) {
            return w.forbidden();
        }
        return done(w, page, w.editor.lock(page, "true".equals(w.parameter("locked"))));
    }

    static PageResult makeHome(WikiRequest w, WikiPage page) {
        if (!w.rights.edit()) {
            return w.forbidden();
        }
        w.store.setHome(page);
        return PageResult.redirect("/" + w.query());
    }

    static PageResult attach(WikiRequest w, WikiPage page) {
        if (!w.rights.mayEdit(page)) {
            return w.forbidden();
        }
        Optional<UploadedFile> file = w.request.file("file").filter(f -> f.size() > 0);
        if (file.isEmpty() || page.contentId() == 0) {
            return new PageResult.BadRequest(w.messages.get("wiki.error.noFile"));
        }
        try {
            w.context.content().attach(page.contentId(), file.get(), w.viewer());
        } catch (ContentRefusedException refused) {
            return new PageResult.BadRequest(refused.getMessage());
        }
        return w.redirect(page);
    }

    static PageResult detach(WikiRequest w, WikiPage page) {
        if (!w.rights.mayEdit(page)) {
            return w.forbidden();
        }
        long file = w.number("file");
        if (page.contentId() == 0 || w.context.content().files(page.contentId()).stream().noneMatch(f -> f.id() == file)) {
            return w.notFound();
        }
        w.context.content().detach(page.contentId(), file, w.viewer());
        return w.redirect(page);
    }

    private static PageResult done(WikiRequest w, WikiPage page, WikiEditor.Outcome outcome) {
        return switch (outcome) {
            case WikiEditor.Saved saved -> w.redirect(saved.page());
            case WikiEditor.Invalid invalid -> new PageResult.BadRequest(String.join(" ", invalid.errors().values()));
            case WikiEditor.Conflict conflict -> w.redirect(page);
        };
    }
}
