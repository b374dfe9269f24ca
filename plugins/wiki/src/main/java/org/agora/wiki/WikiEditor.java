package org.agora.wiki;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;

/**
 * Creates, saves, restores, moves and deletes pages for one person in one wiki. Every save is a new revision; a
 * save that did not start from the current revision is a conflict and stores nothing.
 */
final class WikiEditor {

    /** What a save came to. */
    sealed interface Outcome {
    }

    /** The page was stored; {@code page} is its new state. */
    record Saved(WikiPage page) implements Outcome {
    }

    /** Nothing was stored: what is wrong, field by field ({@code form} for the whole form). */
    record Invalid(Map<String, String> errors) implements Outcome {
    }

    /** Nothing was stored: someone saved the page after the editor opened it; {@code current} is their version. */
    record Conflict(WikiPage current) implements Outcome {
    }

    private final WikiStore store;
    private final WikiFeed feed;
    private final RecordStore records;
    private final Clock clock;
    private final Viewer viewer;
    private final Messages messages;
    private final Function<WikiPage, String> path;

    WikiEditor(WikiStore store, WikiFeed feed, RecordStore records, Clock clock, Viewer viewer, Messages messages,
               Function<WikiPage, String> path) {
        this.store = store;
        this.feed = feed;
        this.records = records;
        this.clock = clock;
        this.viewer = viewer;
        this.messages = messages;
        this.path = path;
    }

    /** Creates a page with its first revision and publishes it as a content item. */
    Outcome create(String rawTitle, String text, String comment, long parentId) {
        String title = WikiPage.cleanTitle(rawTitle);
        Map<String, String> errors = problems(title, text, comment, 0);
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        long parent = store.byId(parentId).map(WikiPage::id).orElse(0L);
        WikiPage page = new WikiPage(0, 0, title, store.freeSlug(title), text.strip(), viewer.name(), viewer.id(),
                store.spaceId(), parent, 0, 1, false);
        ContentItem item;
        try {
            item = feed.publish(page, viewer, path.apply(page));
        } catch (ContentRefusedException refused) {
            return new Invalid(Map.of("form", refused.getMessage()));
        }
        var stored = records.create(WikiPage.COLLECTION, page.withContent(item.id()).fields());
        WikiPage created = WikiPage.of(stored).orElseThrow();
        store.dropAliases(title);
        store.addRevision(revision(created, comment));
        store.saveLinks(created);
        return new Saved(created);
    }

    /** Saves a new revision of a page, if {@code base} is still its current revision. */
    Outcome save(WikiPage page, int base, String rawTitle, String text, String comment) {
        if (base != page.revision()) {
            return new Conflict(page);
        }
        String title = WikiPage.cleanTitle(rawTitle);
        Map<String, String> errors = problems(title, text, comment, page.id());
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        WikiPage next = page.revised(title, text.strip());
        try {
            next = next.contentId() == 0 ? next.withContent(feed.publish(next, viewer, path.apply(next)).id())
                    : next.withContent(feed.update(next, viewer, path.apply(next)).id());
        } catch (ContentRefusedException refused) {
            return new Invalid(Map.of("form", refused.getMessage()));
        }
        WikiPage saved;
        try {
            saved = WikiPage.of(records.update(WikiPage.COLLECTION, page.id(), page.version(), next.fields()))
                    .orElseThrow();
        } catch (StaleRecordException meanwhile) {
            // someone saved between our check and our write: their text is the page's, so it is the item's again
            return store.byId(page.id()).<Outcome>map(current -> {
                if (current.contentId() > 0) {
                    feed.update(current, viewer, path.apply(current));
                }
                return new Conflict(current);
            }).orElseGet(() -> new Invalid(Map.of("form", messages.get("wiki.error.noPage"))));
        }
        if (!saved.key().equals(page.key())) {
            store.dropAliases(saved.title());
            store.addAlias(saved, page.title());
        }
        store.addRevision(revision(saved, comment));
        store.saveLinks(saved);
        String card = comment == null || comment.isBlank() ? messages.get("wiki.card.edited", saved.title())
                : comment.strip();
        Instant created = store.revision(saved.id(), 1).map(Revision::at).orElse(Instant.EPOCH);
        feed.edited(saved, created, viewer, card, path.apply(saved));
        return new Saved(saved);
    }

    /** Saves an old revision's title and text as a new revision. */
    Outcome restore(WikiPage page, Revision old) {
        return save(page, page.revision(), old.title(), old.markdown(),
                messages.get("wiki.restoredComment", old.number()));
    }

    /** Puts a page, with everything below it, under another page (0: at the top). */
    Outcome move(WikiPage page, long parentId) {
        if (parentId != 0) {
            WikiTree tree = new WikiTree(store.pages());
            if (parentId == page.id() || tree.descendants(page.id()).contains(parentId)
                    || store.byId(parentId).isEmpty()) {
                return new Invalid(Map.of("parent", messages.get("wiki.error.moveBelowItself")));
            }
        }
        return update(page, page.withParent(parentId));
    }

    /** Locks or unlocks a page. */
    Outcome lock(WikiPage page, boolean locked) {
        return update(page, page.withLock(locked));
    }

    /** Deletes a page; its children move up to its parent, so nothing below it is lost. */
    void delete(WikiPage page) {
        for (WikiPage child : new WikiTree(store.pages()).children(page.id())) {
            records.update(WikiPage.COLLECTION, child.id(), child.version(), child.withParent(page.parentId()).fields());
        }
        feed.delete(page);
        store.forget(page);
        records.delete(WikiPage.COLLECTION, page.id());
    }

    private Outcome update(WikiPage page, WikiPage changed) {
        try {
            return new Saved(WikiPage.of(records.update(WikiPage.COLLECTION, page.id(), page.version(),
                    changed.fields())).orElseThrow());
        } catch (StaleRecordException meanwhile) {
            return new Invalid(Map.of("form", messages.get("wiki.error.changedMeanwhile")));
        }
    }

    private Map<String, String> problems(String title, String text, String comment, long pageId) {
        Map<String, String> errors = new java.util.LinkedHashMap<>(WikiPage.problems(title, text, comment, messages));
        if (!errors.containsKey("title") && store.titleTaken(title, pageId)) {
            errors.put("title", messages.get("wiki.error.titleTaken", title));
        }
        return errors;
    }

    private Revision revision(WikiPage page, String comment) {
        return new Revision(page.id(), page.revision(), page.title(), page.markdown(),
                comment == null ? "" : comment.strip(), viewer.name(), viewer.id(), clock.instant());
    }
}
