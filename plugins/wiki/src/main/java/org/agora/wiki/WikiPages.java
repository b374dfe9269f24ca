package org.agora.wiki;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * The wiki's pages. With {@code ?space=ID} (the space's "Wiki" tab) they are the pages of that space, which the
 * host lets through only for people who may read it; without it, the company wiki. Each path leads to one of the
 * handlers: {@link ReadPages} (home, page, history, diff), {@link EditPages} (new page, edit, restore),
 * {@link ManagePages} (move, delete, lock, home page, files) and {@link TransferPages} (export and import).
 */
@Extension
public class WikiPages implements PageHandler {

    private static final Pattern PAGE = Pattern.compile("/page/([a-z0-9-]{1,90})(/[a-z]{1,10})?");

    private final Clock clock;

    /** The wiki as the host runs it, on the system clock. */
    public WikiPages() {
        this(Clock.systemUTC());
    }

    /** The wiki on another clock, so that tests can let time pass. */
    public WikiPages(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        WikiRequest w = new WikiRequest(request, context, clock);
        String path = request.path();
        boolean post = request.isPost();
        switch (path) {
            case "/":
                return post ? w.notFound() : ReadPages.home(w);
            case "/new":
                return post ? EditPages.create(w) : EditPages.newForm(w);
            case "/export":
                return post ? w.notFound() : TransferPages.exportWiki(w);
            case "/import":
                return post ? TransferPages.importPages(w) : w.notFound();
            case "/preview":
                return post ? ReadPages.preview(w) : w.notFound();
            default:
                break;
        }
        Matcher m = PAGE.matcher(path);
        if (!m.matches()) {
            return w.notFound();
        }
        Optional<WikiPage> found = w.store.bySlug(m.group(1));
        if (found.isEmpty()) {
            return w.notFound();
        }
        WikiPage page = found.get();
        String action = m.group(2) == null ? "" : m.group(2).substring(1);
        return post ? onPost(w, page, action) : onGet(w, page, action);
    }

    private static PageResult onGet(WikiRequest w, WikiPage page, String action) {
        return switch (action) {
            case "" -> ReadPages.page(w, page);
            case "edit" -> EditPages.editForm(w, page);
            case "history" -> ReadPages.history(w, page);
            case "diff" -> ReadPages.diff(w, page);
            case "export" -> TransferPages.exportPage(w, page);
            default -> w.notFound();
        };
    }

    private static PageResult onPost(WikiRequest w, WikiPage page, String action) {
        return switch (action) {
            case "edit" -> EditPages.save(w, page);
            case "restore" -> EditPages.restore(w, page);
            case "move" -> ManagePages.move(w, page);
            case "delete" -> ManagePages.delete(w, page);
            case "lock" -> ManagePages.lock(w, page);
            case "home" -> ManagePages.makeHome(w, page);
            case "attach" -> ManagePages.attach(w, page);
            case "detach" -> ManagePages.detach(w, page);
            default -> w.notFound();
        };
    }
}
