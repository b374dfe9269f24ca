package org.agora.wiki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.UploadedFile;

/** Export of a page (with the pages below it) or a whole wiki as a ZIP of Markdown files, and import of them. */
final class TransferPages {

    private TransferPages() {
    }

    static PageResult exportPage(WikiRequest w, WikiPage page) {
        return download(page.slug(), new WikiTree(w.store.pages()).subtree(page));
    }

    static PageResult exportWiki(WikiRequest w) {
        return download(w.space == null ? "wiki" : "wiki-" + WikiPage.slugOf(w.space.slug()),
                new WikiTree(w.store.pages()).rows());
    }

    /**
     * Imports the pages of a {@code .md} file or a ZIP of them. Everything is checked before the first page is
     * created: a refused upload creates nothing.
     */
    static PageResult importPages(WikiRequest w) {
        if (!w.rights.create()) {
            return w.forbidden();
        }
        Optional<UploadedFile> file = w.request.file("file").filter(f -> f.size() > 0);
        if (file.isEmpty()) {
            return new PageResult.BadRequest(w.messages.get("wiki.error.noFile"));
        }
        List<WikiArchive.Entry> entries;
        try {
            entries = WikiArchive.read(file.get(), w.messages);
        } catch (WikiArchive.Refused refused) {
            return new PageResult.BadRequest(refused.getMessage());
        }
        Set<String> keys = new HashSet<>();
        for (WikiArchive.Entry e : entries) {
            var problems = WikiPage.problems(e.title(), e.markdown(), "", w.messages);
            if (!problems.isEmpty()) {
                return new PageResult.BadRequest(e.path() + ": " + String.join(" ", problems.values()));
            }
            if (!keys.add(WikiPage.slugOf(e.title())) || w.store.titleTaken(e.title(), 0)) {
                return new PageResult.BadRequest(w.messages.get("wiki.import.titleTaken", e.path(), e.title()));
            }
        }
        Map<String, Long> created = new HashMap<>();
        String comment = w.messages.get("wiki.import.comment", file.get().fileName());
        for (WikiArchive.Entry e : entries) {
            long parent = e.parentPath() == null ? 0 : created.getOrDefault(e.parentPath(), 0L);
            if (w.editor.create(e.title(), e.markdown(), comment, parent) instanceof WikiEditor.Saved saved) {
                created.put(e.path(), saved.page().id());
            } else {
                return new PageResult.BadRequest(w.messages.get("wiki.import.stopped", e.path(), created.size()));
            }
        }
        return PageResult.redirect("/" + w.query());
    }

    private static PageResult download(String name, List<WikiTree.Row> rows) {
        List<WikiArchive.Entry> entries = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (WikiTree.Row row : rows) {
            while (folders.size() > row.depth()) {
                folders.removeLast();
            }
            String folder = folders.isEmpty() ? "" : String.join("/", folders) + "/";
            entries.add(new WikiArchive.Entry(folder + row.page().slug() + ".md", row.page().title(),
                    row.page().markdown()));
            folders.add(row.page().slug());
        }
        return new PageResult.Download(name + ".zip", "application/zip", WikiArchive.zip(entries));
    }
}
