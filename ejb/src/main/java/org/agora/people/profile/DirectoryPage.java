package org.agora.people.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the people directory.
 *
 * @param page  from 1
 * @param pages at least 1
 * @param total how many people match
 */
public record DirectoryPage(List<PersonRef> people, List<String> departments, int page, int pages, long total) {

    /** Pages linked on each side of the current one. */
    static final int AROUND = 2;

    /**
     * @return the page numbers to link: the first, the last and those around the current page, with 0 where pages
     *     are left out. A company of 10,000 people has 500 pages, whose links alone weighed 94 KB on every page.
     */
    public List<Integer> links() {
        List<Integer> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= AROUND) {
                links.add(n);
            } else if (links.getLast() != 0) {
                links.add(0);
            }
        }
        return links;
    }
}
