package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Imports;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The people directory of a company bigger than a few pages: its page links, its count and its departments. */
@AgoraTest
// alone: it counts everyone in the directory, which other classes add to
@Alone
class PeopleDirectoryIT {

    /** Imports that many people of one new department; @return the department's name. */
    private static String importPeople(int count) {
        AgoraClient admin = TestAccounts.admin();
        String department = Agora.unique("Atlas");
        String domain = department.toLowerCase() + ".example";
        String csv = "Name,E-mail,Department,Job title,Manager's e-mail\n" + IntStream.range(0, count)
                .mapToObj(i -> "Atlas Person" + i + ",p" + i + "@" + domain + "," + department + ",Analyst,")
                .collect(Collectors.joining("\n"));
        assertThat(admin.get("/admin/imports").status()).isEqualTo(200);
        Page staged = admin.postFile("/admin/imports", Map.of("_csrf", admin.csrf()), "file", "people.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(staged.status()).as(staged.toString()).isEqualTo(303);
        assertThat(admin.get(staged.location()).status()).isEqualTo(200);
        Page started = admin.post(staged.location(), Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        Page done = Imports.awaitFinished(admin, started.location());
        assertThat(Imports.count(done, "count-created")).isEqualTo(count);
        return department;
    }

    private static int total(Document page) {
        String found = page.selectFirst("p.result-count").text();
        return Integer.parseInt(found.replaceAll("\\D", ""));
    }

    private static List<String> pageLinks(Document page) {
        return page.select("nav.directory-pages li.page-item").eachText();
    }

    @Test
    void aLongDirectoryLinksItsEndsAndTheNeighboursOfThePageShown() {
        // more than nine pages of twenty, however few people the other tests added
        importPeople(200);
        AgoraClient reader = TestAccounts.admin();
        Page fourth = reader.get("/people?page=4");
        assertThat(fourth.status()).isEqualTo(200);
        Document page = Jsoup.parse(fourth.body());
        int pages = (total(page) + 19) / 20;
        assertThat(pages).isGreaterThan(9);
        assertThat(page.select("nav.directory-pages li.page-item.active").eachText()).containsExactly("4");
        // the first page, the two pages on each side, a gap, the last page: not one link per page
        assertThat(pageLinks(page)).containsExactly("1", "2", "3", "4", "5", "6", "…", Integer.toString(pages));
        assertThat(page.select("nav.directory-pages li.disabled").eachText()).containsExactly("…");
        Element last = page.selectFirst("nav.directory-pages a:containsOwn(" + pages + ")");
        Page lastPage = reader.get(last.attr("href"));
        assertThat(lastPage.status()).isEqualTo(200);
        Document end = Jsoup.parse(lastPage.body());
        assertThat(end.select("nav.directory-pages li.page-item.active").eachText())
                .containsExactly(Integer.toString(pages));
        assertThat(end.select("ul.people-results > li")).isNotEmpty().hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void theCountAndTheDepartmentsFollowAColleagueAddedAMomentAgo() {
        AgoraClient reader = TestAccounts.admin();
        Page before = reader.get("/people");
        assertThat(before.status()).isEqualTo(200);
        int people = total(Jsoup.parse(before.body()));
        String department = Agora.unique("Harbour");
        assertThat(Jsoup.parse(before.body()).select("select[name=department] option").eachText())
                .doesNotContain(department);

        TestAccounts.member("Hana " + Agora.unique("Quay"), Agora.unique("hana") + "@directory.test", department);

        Document after = Jsoup.parse(reader.get("/people").body());
        assertThat(total(after)).isEqualTo(people + 1);
        assertThat(after.select("select[name=department] option").eachText()).contains(department);
        Page chosen = reader.get("/people?department=" + department);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(total(Jsoup.parse(chosen.body()))).isEqualTo(1);
    }
}
