package org.agora.wiki;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hierarchy of one wiki's pages: each page's children, its ancestors and its descendants. A page whose parent is
 * gone shows at the top, so that no page is ever unreachable.
 */
public final class WikiTree {

    /**
     * A page in the navigation tree.
     *
     * @param page  the page
     * @param depth 0 for a top-level page
     */
    public record Row(WikiPage page, int depth) {
    }

    private final Map<Long, WikiPage> byId = new HashMap<>();
    private final Map<Long, List<WikiPage>> children = new HashMap<>();

    WikiTree(List<WikiPage> pages) {
        pages.forEach(p -> byId.put(p.id(), p));
        for (WikiPage p : pages) {
            long parent = byId.containsKey(p.parentId()) && p.parentId() != p.id() ? p.parentId() : 0;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(WikiPage::title, String.CASE_INSENSITIVE_ORDER)));
    }

    /** @return the pages directly below a page (0: the top-level pages), by title */
    List<WikiPage> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** @return every page, depth first, each with its depth */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        walk(0, 0, rows, new HashSet<>());
        return rows;
    }

    /** @return the page and every page below it, depth first, each with its depth below the page */
    List<Row> subtree(WikiPage page) {
        List<Row> rows = new ArrayList<>(List.of(new Row(page, 0)));
        Set<Long> seen = new HashSet<>(Set.of(page.id()));
        walk(page.id(), 1, rows, seen);
        return rows;
    }

    /** @return the ids of every page below a page */
    Set<Long> descendants(long id) {
        Set<Long> ids = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        walk(id, 0, rows, new HashSet<>(Set.of(id)));
        rows.forEach(r -> ids.add(r.page().id()));
        return ids;
    }

    /** @return the ancestors of a page, the top-level one first */
    List<WikiPage> ancestors(WikiPage page) {
        List<WikiPage> up = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(page.id()));
        for (WikiPage p = byId.get(page.parentId()); p != null && seen.add(p.id()); p = byId.get(p.parentId())) {
            up.addFirst(p);
        }
        return up;
    }

    private void walk(long parent, int depth, List<Row> rows, Set<Long> seen) {
        for (WikiPage child : children(parent)) {
            if (seen.add(child.id())) {
                rows.add(new Row(child, depth));
                walk(child.id(), depth + 1, rows, seen);
            }
        }
    }
}
