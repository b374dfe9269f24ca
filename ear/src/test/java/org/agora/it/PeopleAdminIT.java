package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.PasswordLinks;
import org.agora.it.support.Posts;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Administrators add a new hire, who chooses their own password through a one-time link; they search and page the
 * people, change roles, deactivate and reactivate accounts; Agora always keeps an administrator.
 */
@AgoraTest
class PeopleAdminIT {

    private static Map<String, String> person(String name, String email, String department) {
        return Map.of("name", name, "email", email, "department", department, "jobTitle", "Account manager");
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** @return the row of the person on the people page found by their e-mail address */
    private static Element row(AgoraClient admin, String email) {
        Document page = Jsoup.parse(admin.get("/admin/people?q=" + q(email)).body());
        Element row = page.selectFirst("tr[data-email=" + email + "]");
        assertThat(row).as(email + " listed").isNotNull();
        return row;
    }

    private static long id(AgoraClient admin, String email) {
        return Long.parseLong(row(admin, email).attr("data-person"));
    }

    @Test
    void anAddedPersonChoosesTheirPasswordThroughAOneTimeLinkAndSignsIn() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("hire") + "@people.test";
        admin.get("/admin/people");
        Page added = admin.post("/admin/people", person("Hana Hire", email, "Sales"));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);

        Document page = Jsoup.parse(admin.get(added.location()).body());
        assertThat(page.select(".person-added").text()).isEqualTo("Hana Hire is added.");
        assertThat(page.select(".password-link").text()).contains("It works once, until");
        assertThat(page.select("#password-link-url").val()).startsWith(Agora.URL + "/password-link/");
        String link = PasswordLinks.shownOn(new Page(200, page.outerHtml(), null, "text/html"));
        assertThat(Jsoup.parse(admin.get(added.location()).body()).select("#password-link-url"))
                .as("shown once: only its hash is kept").isEmpty();
        assertThat(new AgoraClient().signIn(email, "any-password-at-all").status()).as("no password yet").isEqualTo(401);
        assertThat(row(admin, email).select(".no-password").text()).isEqualTo("no password yet");

        AgoraClient hana = new AgoraClient();
        Page form = hana.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(Jsoup.parse(form.body()).text()).contains("Welcome, Hana Hire.");
        Page tooShort = hana.post(link, Map.of("password", "short", "confirm", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(Jsoup.parse(tooShort.body()).select(".alert-danger").text())
                .isEqualTo("Choose a password of at least 10 characters.");
        Page differ = hana.post(link, Map.of("password", "first-password", "confirm", "other-password"));
        assertThat(differ.status()).isEqualTo(400);

        Page set = hana.post(link, Map.of("password", "hana-password", "confirm", "hana-password"));
        assertThat(set.status()).as(set.toString()).isEqualTo(303);
        Page login = hana.get(set.location());
        assertThat(Jsoup.parse(login.body()).select(".password-set").text())
                .isEqualTo("Your password is set. Sign in with it.");
        assertThat(Jsoup.parse(login.body()).select("#email").val()).isEqualTo(email);
        assertThat(new AgoraClient().signIn(email, "hana-password").status()).isEqualTo(303);

        Page again = new AgoraClient().get(link);
        assertThat(again.status()).as("a link works once").isEqualTo(410);
        assertThat(Jsoup.parse(again.body()).select(".link-refused").text())
                .contains("This link was used already.");
        AgoraClient replay = new AgoraClient();
        replay.get("/login");
        assertThat(replay.post(link, Map.of("password", "stolen-password", "confirm", "stolen-password")).status())
                .isEqualTo(410);
        assertThat(new AgoraClient().signIn(email, "stolen-password").status()).isEqualTo(401);
        Page french = new AgoraClient().acceptLanguage("fr").get(link);
        assertThat(Jsoup.parse(french.body()).select(".link-refused").text()).contains("Ce lien a déjà servi.");

        Page forged = new AgoraClient().get(link.substring(0, link.length() - 4) + "AAAA");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).contains("This link is not valid.");
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("late") + "@people.test";
        admin.get("/admin/people");
        Page added = admin.post("/admin/people", person("Lee Late", email, "Sales"));
        String first = PasswordLinks.shownOn(admin.get(added.location()));

        admin.get("/admin/people");
        Page resent = admin.post("/admin/people/" + id(admin, email) + "/link", Map.of("q", email));
        assertThat(resent.status()).as(resent.toString()).isEqualTo(303);
        String second = PasswordLinks.shownOn(admin.get(resent.location()));
        assertThat(second).isNotEqualTo(first);
        assertThat(new AgoraClient().get(first).status()).as("the earlier link stops working").isEqualTo(404);
        assertThat(new AgoraClient().get(second).status()).isEqualTo(200);
    }

    @Test
    void aTakenAddressIsRefusedInTheReadersLanguageAndTheFormKeepsWhatWasTyped() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("twice") + "@people.test";
        admin.get("/admin/people");
        assertThat(admin.post("/admin/people", person("Tom Twice", email, "Sales")).status()).isEqualTo(303);

        admin.get("/admin/people");
        Page refused = admin.post("/admin/people", person("Tim Twice", email, "Sales"));
        assertThat(refused.status()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select(".alert-danger").text()).isEqualTo("Someone has this e-mail address already.");
        assertThat(form.select("#add-name").val()).isEqualTo("Tim Twice");
        assertThat(form.select("#add-email").val()).isEqualTo(email);

        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        french.get("/admin/people");
        Page refusedInFrench = french.post("/admin/people", person("Tim Twice", email, "Sales"));
        assertThat(refusedInFrench.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refusedInFrench.body()).select(".alert-danger").text())
                .isEqualTo("Quelqu’un a déjà cette adresse e-mail.");
    }

    @Test
    void onlyAdministratorsAddPeopleAndOnlyWithTheFormsToken() {
        AgoraClient admin = TestAccounts.admin();
        Page forged = admin.postRaw("/admin/people", person("Fay Forged", Agora.unique("f") + "@people.test", "X"));
        assertThat(forged.status()).isEqualTo(403);

        String word = Agora.unique("m");
        AgoraClient member = TestAccounts.member("Mia Member", word + "@people.test");
        member.get("/");
        assertThat(member.post("/admin/people", person("Max Sneaky", word + "x@people.test", "X")).status())
                .isEqualTo(403);
        assertThat(member.get("/admin").status()).isEqualTo(403);
    }

    @Test
    void peopleAreSearchedByNameAddressOrDepartmentAndPaged() {
        AgoraClient admin = TestAccounts.admin();
        String team = Agora.unique("Team");
        for (int i = 0; i < 53; i++) {
            admin.get("/admin/people");
            assertThat(admin.post("/admin/people", person(String.format("Pat %02d %s", i, team),
                    Agora.unique("pat") + "@paged.test", team)).status()).isEqualTo(303);
        }
        Document first = Jsoup.parse(admin.get("/admin/people?q=" + q(team.toLowerCase())).body());
        assertThat(first.select(".people-found").text()).isEqualTo("53 people match");
        assertThat(first.select("table.people tbody tr")).hasSize(50);
        assertThat(first.select("table.people tbody tr").first().text()).contains("Pat 00");
        Document second = Jsoup.parse(admin.get("/admin/people?q=" + q(team) + "&page=2").body());
        assertThat(second.select("table.people tbody tr")).hasSize(3);
        assertThat(second.text()).contains("Page 2 of 2");

        Document byWaiting = Jsoup.parse(admin.get("/admin/people?q=" + q(team) + "&status=without-password").body());
        assertThat(byWaiting.select(".people-found").text()).isEqualTo("53 people match");
        Document byName = Jsoup.parse(admin.get("/admin/people?q=" + q("Pat 07 " + team)).body());
        assertThat(byName.select("table.people tbody tr")).hasSize(1);
        Document nobody = Jsoup.parse(admin.get("/admin/people?q=" + q(team) + "&role=moderator").body());
        assertThat(nobody.select(".people-found").text()).isEqualTo("Nobody matches");
    }

    @Test
    void aDeactivatedPersonCannotSignInKeepsTheirPostsAndComesBack() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("leaver") + "@people.test";
        AgoraClient leaver = TestAccounts.member("Leo Leaver", email);
        String word = Agora.unique("kept");
        leaver.get("/");
        assertThat(leaver.post("/posts", Map.of("text", "Goodbye " + word)).status()).isEqualTo(303);

        long id = id(admin, email);
        admin.get("/admin/people");
        Page off = admin.post("/admin/people/" + id + "/deactivate", Map.of("q", email));
        assertThat(off.status()).as(off.toString()).isEqualTo(303);
        assertThat(leaver.get("/").status()).as("their session ends").isNotEqualTo(200);
        assertThat(new AgoraClient().signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(admin.get("/").body()).as("their post stays").contains("Goodbye " + word);
        Element row = row(admin, email);
        assertThat(row.select(".account-deactivated").text()).isEqualTo("deactivated");
        assertThat(row.select(".link-form")).as("no link for a closed account").isEmpty();
        Document deactivated = Jsoup.parse(admin.get("/admin/people?status=deactivated&q=" + q(email)).body());
        assertThat(deactivated.select("tr[data-email=" + email + "]")).hasSize(1);
        Document active = Jsoup.parse(admin.get("/admin/people?status=active&q=" + q(email)).body());
        assertThat(active.select("tr[data-email=" + email + "]")).isEmpty();

        admin.get("/admin/people");
        assertThat(admin.post("/admin/people/" + id + "/reactivate", Map.of()).status()).isEqualTo(303);
        assertThat(new AgoraClient().signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void aModeratorDeletesOthersPostsAndCommentsButAdministersNothing() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("mod");
        String modEmail = word + "-mod@people.test";
        AgoraClient moderator = TestAccounts.member("Mo Moderator", modEmail);
        AgoraClient author = TestAccounts.member("Al Author", word + "-author@people.test");
        author.get("/");
        assertThat(author.post("/posts", Map.of("text", "Off topic " + word)).status()).isEqualTo(303);
        long post = Posts.postId(author.get("/").body(), "Off topic " + word);
        long comment = Posts.comment(author, post, "A rude comment " + word);
        moderator.get("/");
        assertThat(moderator.post("/comments/" + comment + "/delete", Map.of()).status())
                .as("before becoming moderator").isEqualTo(403);

        admin.get("/admin/people");
        Page made = admin.post("/admin/people/" + id(admin, modEmail) + "/role", Map.of("role", "MODERATOR"));
        assertThat(made.status()).as(made.toString()).isEqualTo(303);
        assertThat(row(admin, modEmail).select("select[name=role] option[selected]").val()).isEqualTo("MODERATOR");

        moderator.get("/");
        assertThat(moderator.post("/comments/" + comment + "/delete", Map.of()).status()).isEqualTo(303);
        moderator.get("/");
        assertThat(moderator.post("/posts/" + post + "/delete", Map.of()).status()).isEqualTo(303);
        Page feed = author.get("/").titled("Feed");
        assertThat(feed.select("#post-" + post)).isEmpty();
        assertThat(feed.body()).doesNotContain("Off topic " + word);
        assertThat(moderator.get("/admin/people").status()).isEqualTo(403);

        admin.get("/admin/people");
        Page unknown = admin.post("/admin/people/" + id(admin, modEmail) + "/role", Map.of("role", "EMPEROR"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).select(".alert-danger").text())
                .isEqualTo("Choose one of the roles offered.");
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheAccount() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("second");
        String secondEmail = word + "@people.test";
        AgoraClient second = TestAccounts.member("Sam Second", secondEmail);
        admin.get("/admin/people");
        assertThat(admin.post("/admin/people/" + id(admin, secondEmail) + "/role", Map.of("role", "ADMIN"))
                .status()).isEqualTo(303);
        // an administrator who is not the last one may step down
        second = new AgoraClient();
        assertThat(second.signIn(secondEmail, TestAccounts.PASSWORD).status()).isEqualTo(303);
        second.get("/admin/people");
        assertThat(second.post("/admin/people/" + id(second, secondEmail) + "/role", Map.of("role", "MEMBER"))
                .status()).isEqualTo(303);
        assertThat(second.get("/admin/people").status()).as("the pages go with the role, at once").isEqualTo(403);

        // the other administrators left by earlier tests step down, so that this one is the last
        Document admins = Jsoup.parse(admin.get("/admin/people?role=admin&status=active").body());
        long me = id(admin, TestAccounts.ADMIN_EMAIL);
        for (Element other : admins.select("tr[data-person]")) {
            if (Long.parseLong(other.attr("data-person")) != me) {
                admin.get("/admin/people");
                Page stepsDown = admin.post("/admin/people/" + other.attr("data-person") + "/role",
                        Map.of("role", "MEMBER"));
                assertThat(stepsDown.status()).as(stepsDown.toString()).isEqualTo(303);
            }
        }
        admin.get("/admin/people");
        Page refused = admin.post("/admin/people/" + me + "/role", Map.of("role", "MEMBER"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".alert-danger").text()).isEqualTo(
                "You are the last administrator: make someone else administrator first, so that Agora keeps one.");
        admin.get("/admin/people");
        Page selfOff = admin.post("/admin/people/" + me + "/deactivate", Map.of());
        assertThat(selfOff.status()).isEqualTo(400);
        assertThat(Jsoup.parse(selfOff.body()).select(".alert-danger").text())
                .isEqualTo("You cannot deactivate or erase your own account.");
        assertThat(admin.get("/admin/people").status()).as("still administrator").isEqualTo(200);
    }

    @Test
    void theAdministrationOpensOnADashboard() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("dash");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Counted " + word)).status()).isEqualTo(303);
        Page dashboard = admin.open("/admin");
        assertThat(dashboard.status()).isEqualTo(200);
        Document page = Jsoup.parse(dashboard.body());
        assertThat(page.select(".nav-tabs .active").text()).isEqualTo("Dashboard");
        assertThat(Integer.parseInt(page.select(".count-active").text())).isPositive();
        assertThat(Integer.parseInt(page.select(".count-posts").text())).isPositive();
        assertThat(page.select(".health-status").text()).isEqualTo("Database and search index answer");
        assertThat(page.select(".nav-tabs a").eachText()).contains("Plugins", "People", "Employee import");
        Document french = Jsoup.parse(TestAccounts.admin().acceptLanguage("fr").open("/admin").body());
        assertThat(french.select(".nav-tabs .active").text()).isEqualTo("Tableau de bord");
    }
}
