package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.KillableServer;
import org.agora.it.support.OwnServers;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator generates a small company (the load tests' company in miniature) as a batch job with a progress
 * page; its employees then sign in and browse it, and what they may not read stays hidden from them. On a server of
 * its own, as the generated company would change what the shared server's other tests see.
 */
@OwnServers
class CompanyGeneratorIT {

    private static final int SPACES = 12;

    private static KillableServer server;

    @BeforeAll
    static void start() {
        server = KillableServer.nextTo(Agora.SERVER_DIR, "agora-generator", 20);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aGeneratedCompanyIsBrowsableAndKeepsPrivateSpacesPrivate() throws InterruptedException {
        AgoraClient admin = TestAccounts.admin(server.client());
        admin.get("/admin/generator");
        Page refused = admin.post("/admin/generator", Map.of("size", "people=3"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("at least 10 people");

        Page started = admin.post("/admin/generator", Map.of("size",
                "seed=7,people=200,spaces=" + SPACES + ",posts=1500,comments=3000,reactions=5000,days=60"));
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        Document done = waitFor(admin, "/admin/generator",
                page -> "COMPLETED".equals(page.select(".generation-status").attr("data-status")));
        assertThat(done.select(".generation-status").attr("data-status")).as(done.select(".generation-status").text())
                .isEqualTo("COMPLETED");
        assertThat(admin.get("/admin/generator").body()).contains("Generated");
        assertThat(admin.post("/admin/generator", Map.of("size", "people=20,spaces=2")).body())
                .as("a second company in the same database").contains("generated in this database already");

        AgoraClient employee = server.client();
        assertThat(employee.signIn("employee150@generated.example", "generated-password").status()).isEqualTo(303);
        Document feed = Jsoup.parse(employee.get("/").body());
        assertThat(feed.select("article.post")).hasSize(20);
        assertThat(feed.select("a[href^=/?before=]")).as("older posts").isNotEmpty();
        Document people = Jsoup.parse(employee.get("/people?department=Engineering").body());
        assertThat(people.text()).contains("Engineering");

        Set<String> closed = new HashSet<>();
        for (int s = 1; s <= SPACES; s++) {
            String space = "/spaces/generated-" + s;
            assertThat(admin.get(space).status()).isEqualTo(200);
            if (employee.get(space).status() == 404) {
                closed.add(space);
            }
        }
        assertThat(closed).as("spaces the employee may not read").isNotEmpty().hasSizeLessThan(SPACES);
        List<Page> pages = List.of(employee.get("/").titled("Feed"), employee.get("/?order=top").titled("Feed"),
                employee.get("/hashtags/release").titled("#release"));
        for (Page page : pages) {
            for (String space : closed) {
                assertThat(page.select("a[href=" + space + "]")).isEmpty();
                assertThat(page.body()).doesNotContain("href=\"" + space + "\"");
            }
        }

        // the search index was rebuilt with the company, and answers only what the employee may read
        Document rebuilt = waitFor(admin, "/admin/search",
                page -> page.select(".rebuild-status").text().startsWith("Rebuilt"));
        assertThat(rebuilt.select(".rebuild-status").text()).startsWith("Rebuilt");
        Document found = Jsoup.parse(employee.get("/search?q=roadmap").body());
        Matcher posts = Pattern.compile("/posts/(\\d+)").matcher(found.html());
        int checked = 0;
        while (posts.find() && checked < 20) {
            assertThat(employee.get("/posts/" + posts.group(1)).status()).as("search hit " + posts.group()).isEqualTo(200);
            checked++;
        }
        assertThat(checked).as("search hits for a generated word").isPositive();
    }

    /** @return the page once the condition holds and nothing runs, or as it is after three minutes */
    private static Document waitFor(AgoraClient client, String path, Predicate<Document> condition)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Document page = Jsoup.parse(client.get(path).body());
        while (System.nanoTime() < end && !(condition.test(page) && page.select(".progress-bar-animated").isEmpty())) {
            Thread.sleep(1000);
            page = Jsoup.parse(client.get(path).body());
        }
        return page;
    }
}
