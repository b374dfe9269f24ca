package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Follows every link an employee and an administrator meet, from the home page on: no page answers with a server
 * error, and each page they open is a page of Agora with a title and a level-one heading.
 */
@AgoraTest
class EveryLinkIT {

    /** How many addresses of one shape (digits aside) are opened: the second post's page says little more. */
    private static final int PER_SHAPE = 2;
    private static final int MOST_PAGES = 300;
    /** Not pages: files, feeds, exports, the socket, and the way out. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "logout|/download|/files/|/export|/assets/|/webjars/|/chat/socket|\\.(png|jpe?g|svg|css|js|ics|csv|zip|pdf|json|webmanifest)(\\?|$)");

    @Test
    void noLinkAnEmployeeOrAnAdministratorFollowsEndsOnAServerError() {
        String id = Agora.unique("links");
        AgoraClient member = TestAccounts.member("Lina Links" + id.replaceAll("[^a-z]", ""), id + "@agora.test");
        String space = Spaces.create(member, "Linked " + id, "PUBLIC");
        member.get(space);
        assertThat(member.post(space + "/posts", Map.of("text", "Links everywhere #" + id)).status())
                .isEqualTo(303);
        Posts.comment(member, Posts.postId(member.get(space).body(), "Links everywhere"), "A reply");

        List<String> problems = new ArrayList<>();
        problems.addAll(crawl(member, "the employee"));
        problems.addAll(crawl(TestAccounts.admin(), "the administrator"));
        assertThat(problems).isEmpty();
    }

    /** @return what went wrong on the pages the client reaches */
    private static List<String> crawl(AgoraClient client, String who) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of("/"));
        int opened = 0;
        while (!next.isEmpty() && opened < MOST_PAGES) {
            String path = next.poll();
            if (!seen.add(path) || shapes.merge(path.replaceAll("\\d+", "N").replaceAll("\\?.*", ""), 1,
                    Integer::sum) > PER_SHAPE) {
                continue;
            }
            Page page = client.get(path);
            opened++;
            if (page.status() >= 500) {
                problems.add(who + ": " + page.status() + " on " + path);
                continue;
            }
            if (page.status() != 200 || page.contentType() == null || !page.contentType().startsWith("text/html")) {
                continue;
            }
            Document html = Forms.html(page);
            if (html.title().isBlank() || html.select("h1").isEmpty()) {
                problems.add(who + ": no title or no level-one heading on " + path);
            }
            html.select("a[href]").forEach(a -> local(path, a.attr("href")).ifPresent(next::add));
        }
        assertThat(opened).as(who + " opened pages").isGreaterThan(20);
        return problems;
    }

    /** @return the path of a link within Agora that leads to a page, if it is one */
    private static Optional<String> local(String from, String href) {
        URI base = URI.create(Agora.URL + from);
        URI target;
        try {
            target = base.resolve(href.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        URI root = URI.create(Agora.URL);
        if (target.getScheme() == null || !target.getScheme().startsWith("http")
                || !root.getHost().equals(target.getHost()) || root.getPort() != target.getPort()) {
            return Optional.empty();
        }
        String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return path.isEmpty() || NOT_A_PAGE.matcher(path).find() ? Optional.empty()
                : Optional.of(path);
    }
}
