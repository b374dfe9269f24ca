package org.agora.wiki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;

/**
 * The records of one wiki (a space's, or the company's): pages, the old titles of renamed pages (aliases), the
 * links between pages, revisions and the wiki's home page. Every lookup is a query on indexed fields.
 */
final class WikiStore {

    static final String ALIASES = "aliases";
    static final String LINKS = "links";
    static final String HOMES = "homes";
    private static final int PAGE_LIMIT = RecordQuery.MAX_LIMIT;

    private final RecordStore records;
    private final String space;

    WikiStore(RecordStore records, long spaceId) {
        this.records = records;
        this.space = String.valueOf(spaceId);
    }

    long spaceId() {
        return Long.parseLong(space);
    }

    /** @return the wiki's pages by title, at most 500 */
    List<WikiPage> pages() {
        return pages(RecordQuery.in(WikiPage.COLLECTION).where("space", space).orderBy("title").limit(PAGE_LIMIT));
    }

    /** @return the page at this address, if it belongs to this wiki */
    Optional<WikiPage> bySlug(String slug) {
        return records.findBy(WikiPage.COLLECTION, "slug", slug).stream().flatMap(r -> WikiPage.of(r).stream())
                .filter(p -> p.spaceId() == spaceId()).findFirst();
    }

    /** @return the page with this id, if it belongs to this wiki */
    Optional<WikiPage> byId(long id) {
        return records.get(WikiPage.COLLECTION, id).flatMap(WikiPage::of).filter(p -> p.spaceId() == spaceId());
    }

    /** @return the page a link with this title leads to: the page with that title now, or the one that had it */
    Optional<WikiPage> byTitle(String title) {
        String key = WikiPage.slugOf(title);
        Optional<WikiPage> now = pages(RecordQuery.in(WikiPage.COLLECTION).where("space", space).where("key", key)
                .limit(1)).stream().findFirst();
        if (now.isPresent()) {
            return now;
        }
        return records.find(RecordQuery.in(ALIASES).where("space", space).where("key", key).limit(1)).stream()
                .findFirst().flatMap(a -> byId(WikiPage.number(a, "page")));
    }

    /** @return true if another page of the wiki has this title now (ignoring case and accents) */
    boolean titleTaken(String title, long exceptId) {
        return pages(RecordQuery.in(WikiPage.COLLECTION).where("space", space).where("key", WikiPage.slugOf(title))
                .limit(2)).stream().anyMatch(p -> p.id() != exceptId);
    }

    /** @return a slug no page has yet, made from the title */
    String freeSlug(String title) {
        String base = WikiPage.slugOf(title);
        String slug = base;
        for (int n = 2; !records.findBy(WikiPage.COLLECTION, "slug", slug).isEmpty(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Remembers a renamed page's old title, so that links written with it keep leading to the page. */
    void addAlias(WikiPage page, String oldTitle) {
        String key = WikiPage.slugOf(oldTitle);
        if (key.equals(page.key()) || records.count(RecordQuery.in(ALIASES).where("space", space).where("key", key)
                .where("page", String.valueOf(page.id()))) > 0) {
            return;
        }
        records.create(ALIASES, Map.of("space", space, "key", key, "page", String.valueOf(page.id())));
    }

    /** Drops aliases equal to a title that a page now has: the page itself wins. */
    void dropAliases(String title) {
        records.find(RecordQuery.in(ALIASES).where("space", space).where("key", WikiPage.slugOf(title))
                .limit(PAGE_LIMIT)).forEach(a -> records.delete(ALIASES, a.id()));
    }

    /** Replaces the links a page makes with those of its new text. */
    void saveLinks(WikiPage page) {
        deleteAll(RecordQuery.in(LINKS).where("from", String.valueOf(page.id())));
        List<Map<String, String>> links = new ArrayList<>();
        for (WikiLinks.Link link : WikiLinks.in(page.markdown())) {
            links.add(Map.of("space", space, "from", String.valueOf(page.id()), "to", link.key()));
        }
        if (!links.isEmpty()) {
            records.createAll(LINKS, links);
        }
    }

    /** @return the pages whose text links to this page by its title or one of its former titles, by title */
    List<WikiPage> backlinks(WikiPage page) {
        List<String> keys = new ArrayList<>(List.of(page.key()));
        records.find(RecordQuery.in(ALIASES).where("page", String.valueOf(page.id())).limit(PAGE_LIMIT))
                .forEach(a -> a.field("key").ifPresent(keys::add));
        Map<Long, WikiPage> from = new LinkedHashMap<>();
        for (String key : keys) {
            for (StoredRecord link : records.find(RecordQuery.in(LINKS).where("space", space).where("to", key)
                    .limit(PAGE_LIMIT))) {
                long id = WikiPage.number(link, "from");
                if (id != page.id() && !from.containsKey(id)) {
                    byId(id).ifPresent(p -> from.put(id, p));
                }
            }
        }
        return from.values().stream().sorted(java.util.Comparator.comparing(WikiPage::title)).toList();
    }

    /** @return the wiki's home page, if one was chosen and still exists */
    Optional<WikiPage> home() {
        return homeRecord().flatMap(h -> byId(WikiPage.number(h, "page")));
    }

    /** Makes a page the wiki's home page. */
    void setHome(WikiPage page) {
        Map<String, String> fields = Map.of("space", space, "page", String.valueOf(page.id()));
        homeRecord().ifPresentOrElse(h -> records.update(HOMES, h.id(), h.version(), fields),
                () -> records.create(HOMES, fields));
    }

    /** Deletes what the wiki keeps about a page besides its record: links from it, its aliases, revisions, home. */
    void forget(WikiPage page) {
        String id = String.valueOf(page.id());
        deleteAll(RecordQuery.in(LINKS).where("from", id));
        deleteAll(RecordQuery.in(ALIASES).where("page", id));
        deleteAll(RecordQuery.in(Revision.COLLECTION).where("page", id));
        homeRecord().filter(h -> WikiPage.number(h, "page") == page.id()).ifPresent(h -> records.delete(HOMES, h.id()));
    }

    /** @return revisions of a page, newest first */
    List<Revision> revisions(long pageId) {
        return records.find(RecordQuery.in(Revision.COLLECTION).where("page", String.valueOf(pageId))
                .orderByDescending("n").limit(PAGE_LIMIT)).stream().flatMap(r -> Revision.of(r).stream()).toList();
    }

    /** @return one revision of a page */
    Optional<Revision> revision(long pageId, int number) {
        return records.find(RecordQuery.in(Revision.COLLECTION).where("page", String.valueOf(pageId))
                .where("n", Revision.padded(number)).limit(1)).stream().flatMap(r -> Revision.of(r).stream())
                .findFirst();
    }

    void addRevision(Revision revision) {
        records.create(Revision.COLLECTION, revision.fields());
    }

    private Optional<StoredRecord> homeRecord() {
        return records.find(RecordQuery.in(HOMES).where("space", space).limit(1)).stream().findFirst();
    }

    private List<WikiPage> pages(RecordQuery query) {
        return records.find(query).stream().flatMap(r -> WikiPage.of(r).stream()).toList();
    }

    private void deleteAll(RecordQuery query) {
        for (List<StoredRecord> batch = records.find(query.limit(PAGE_LIMIT)); !batch.isEmpty();
             batch = records.find(query.limit(PAGE_LIMIT))) {
            batch.forEach(r -> records.delete(query.collection(), r.id()));
        }
    }
}
