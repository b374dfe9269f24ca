package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The surveys plugin on the real server: building, publishing, answering once, refusing bad answers, charted results
 * and the CSV export; anonymous surveys that show no respondent anywhere; a private space's survey that outsiders never
 * see.
 */
@AgoraTest
class SurveysIT {

    private static String id;
    private static AgoraClient admin;

    @BeforeAll
    static void people() {
        id = Agora.unique("s");
        admin = TestAccounts.admin();
    }

    /** Creates a draft and returns its address, such as {@code /m/surveys/s/12} (plus {@code ?space=ID}). */
    static String create(AgoraClient author, String query, String title) {
        author.get("/m/surveys/new" + query);
        Page created = author.post("/m/surveys/new" + query, Map.of("title", title, "description", "About *" + title
                + "*"));
        assertThat(created.status()).as(created.toString()).isEqualTo(303);
        return created.location().replace("/edit", "");
    }

    static String action(String survey, String action) {
        int q = survey.indexOf('?');
        return q < 0 ? survey + "/" + action : survey.substring(0, q) + "/" + action + survey.substring(q);
    }

    static void question(AgoraClient author, String survey, String type, String text, String options) {
        Page added = author.post(action(survey, "questions"), Map.of("type", type, "text", text, "options", options,
                "required", "true"));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
    }

    static void settings(AgoraClient author, String survey, String title, boolean anonymous) {
        Page saved = author.post(action(survey, "settings"), anonymous ? Map.of("title", title, "anonymous", "true",
                "live", "true") : Map.of("title", title, "live", "true"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
    }

    static void publish(AgoraClient author, String survey) {
        Page published = author.post(action(survey, "publish"), Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(303);
    }

    /** Answers with repeated fields (several choices, one rank per option), as a browser sends them. */
    static HttpResponse<String> answer(AgoraClient who, String survey, String... pairs) {
        who.get(survey);
        List<String> fields = new ArrayList<>(List.of("_csrf=" + enc(who.csrf())));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(enc(pairs[i]) + "=" + enc(pairs[i + 1]));
        }
        return who.postBody(action(survey, "answer"), "application/x-www-form-urlencoded",
                String.join("&", fields).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aSurveyIsBuiltAnsweredOnceByEachPersonChartedAndExported() throws Exception {
        String title = "Office survey " + id;
        String survey = create(admin, "", title);
        question(admin, survey, "single", "Where do you work best?", "Office\nHome");
        question(admin, survey, "multiple", "Which rooms, \"really\"?", "Café, 2nd floor\nLibrary\nTerrace");
        question(admin, survey, "nps", "Recommend the office?", "");
        question(admin, survey, "ranking", "Rank the perks", "Coffee\nDesks\nLight");
        settings(admin, survey, title, false);
        Document preview = Forms.html(admin.get(action(survey, "preview")));
        assertThat(preview.select("fieldset[disabled] .survey-question")).hasSize(4);
        publish(admin, survey);

        AgoraClient ana = TestAccounts.member("Ana Ölsen " + id, "ana." + id + "@agora.test");
        AgoraClient ben = TestAccounts.member("Ben " + id, "ben." + id + "@agora.test");
        AgoraClient cleo = TestAccounts.member("Cléo " + id, "cleo." + id + "@agora.test");
        assertThat(Forms.html(ana.get(survey)).select(".survey-privacy").text()).contains("Named survey");

        HttpResponse<String> wrongRating = answer(ana, survey, "q0", "0", "q1", "0", "q2", "11", "q3", "1", "q3",
                "2", "q3", "3");
        assertThat(wrongRating.statusCode()).isEqualTo(400);
        assertThat(Forms.html(new Page(400, wrongRating.body(), null, null)).select(".alert-danger").text())
                .isEqualTo("Give a whole number from 0 to 10.");
        assertThat(answer(ana, survey, "q0", "0", "q1", "0", "q2", "9", "q3", "1", "q3", "2", "q3", "3", "q9", "x")
                .statusCode()).as("a question that does not exist").isEqualTo(400);
        assertThat(answer(ana, survey, "q0", "0", "q1", "0", "q1", "1", "q2", "9", "q3", "1", "q3", "2", "q3", "3")
                .statusCode()).isEqualTo(303);
        assertThat(answer(ana, survey, "q0", "1", "q1", "0", "q2", "3", "q3", "1", "q3", "2", "q3", "3")
                .statusCode()).as("answering twice").isEqualTo(409);
        assertThat(answer(ben, survey, "q0", "1", "q1", "2", "q2", "10", "q3", "2", "q3", "1", "q3", "3")
                .statusCode()).isEqualTo(303);
        assertThat(answer(cleo, survey, "q0", "0", "q1", "0", "q2", "4", "q3", "1", "q3", "3", "q3", "2")
                .statusCode()).isEqualTo(303);

        Document results = Forms.html(admin.get(action(survey, "results")));
        assertThat(results.select(".survey-responses").text()).isEqualTo("3 responses");
        assertThat(results.select(".survey-result").get(0).select(".survey-bar").eachText())
                .containsExactly("Office 2 · 67 %", "Home 1 · 33 %");
        assertThat(results.select(".nps-score").text()).isEqualTo("Net promoter score 33");
        assertThat(results.select(".survey-result[data-type=ranking] .bar-label").eachText())
                .containsExactly("Coffee", "Desks", "Light");

        HttpResponse<byte[]> csv = admin.download(action(survey, "export"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(
                new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("Respondent", "Where do you work best?",
                "Which rooms, \"really\"?", "Recommend the office?", "Rank the perks");
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).containsExactly("Ana Ölsen " + id, "Office",
                "Café, 2nd floor; Library", "9", "Coffee > Desks > Light"));
        assertThat(ana.download(action(survey, "export")).statusCode()).isEqualTo(403);

        Page closed = admin.post(action(survey, "close"), Map.of());
        assertThat(closed.status()).isEqualTo(303);
        assertThat(answer(TestAccounts.member("Dan " + id, "dan." + id + "@agora.test"), survey, "q0", "0", "q1",
                "0", "q2", "4", "q3", "1", "q3", "3", "q3", "2").statusCode()).as("after closing").isEqualTo(409);
        assertThat(admin.get("/").body()).contains(title);
    }

    /** The results come from tallies kept as answers arrive: racing answers all count, a changed one moves. */
    @Test
    void theResultsCountPeopleAnsweringAtOnceAndFollowAChangedAnswer() throws Exception {
        String title = "Lunch survey " + id;
        String survey = create(admin, "", title);
        question(admin, survey, "single", "Lunch where?", "Canteen\nOut\nDesk");
        question(admin, survey, "rating", "How is lunch?", "");
        Page saved = admin.post(action(survey, "settings"), Map.of("title", title, "live", "true",
                "editable", "true"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        publish(admin, survey);
        List<AgoraClient> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(TestAccounts.member("Luncher " + i + " " + id, "luncher" + i + "." + id + "@agora.test"));
            people.get(i).get(survey);
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (AgoraClient person : people) {
                answers.add(threads.submit(() -> answer(person, survey, "q0", "0", "q1", "4")));
            }
            for (var answered : answers) {
                assertThat(answered.get().statusCode()).isEqualTo(303);
            }
        } finally {
            threads.shutdownNow();
        }
        Document results = Forms.html(admin.get(action(survey, "results")));
        assertThat(results.select(".survey-responses").text()).isEqualTo("6 responses");
        assertThat(results.select(".survey-result").get(0).select(".survey-bar").eachText())
                .containsExactly("Canteen 6 · 100 %", "Out 0 · 0 %", "Desk 0 · 0 %");

        HttpResponse<String> changed = answer(people.get(0), survey, "q0", "1", "q1", "1");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.headers().firstValue("Location").orElse("")).contains("changed=1");
        results = Forms.html(admin.get(action(survey, "results")));
        assertThat(results.select(".survey-responses").text()).isEqualTo("6 responses");
        assertThat(results.select(".survey-result").get(0).select(".survey-bar").eachText())
                .containsExactly("Canteen 5 · 83 %", "Out 1 · 17 %", "Desk 0 · 0 %");
        assertThat(results.text()).contains("Mean 3.5"); // (5 × 4 + 1) / 6
    }

    @Test
    void anAnonymousSurveyShowsNoRespondentInItsPagesExportOrTheirPersonalData() throws Exception {
        String title = "Pulse " + id;
        String survey = create(admin, "", title);
        question(admin, survey, "rating", "How is your week?", "");
        question(admin, survey, "text", "What should change?", "");
        settings(admin, survey, title, true);
        publish(admin, survey);
        List<String> names = new ArrayList<>();
        AgoraClient first = null;
        for (int p = 0; p < 5; p++) {
            String name = "Respondent" + p + " " + id;
            names.add(name);
            AgoraClient who = TestAccounts.member(name, "resp" + p + "." + id + "@agora.test");
            if (p == 0) {
                first = who;
                assertThat(Forms.html(who.get(survey)).select(".survey-privacy").text())
                        .contains("Anonymous survey");
            }
            if (p == 3) {
                assertThat(Forms.html(admin.get(action(survey, "results"))).select(".survey-withheld").text())
                        .as("fewer than five answers are not shown").contains("once 5 people have answered");
                assertThat(admin.download(action(survey, "export")).statusCode()).isEqualTo(403);
            }
            assertThat(answer(who, survey, "q0", String.valueOf(p + 1), "q1", "Secret wish " + p + " " + id)
                    .statusCode()).isEqualTo(303);
        }
        assertThat(answer(first, survey, "q0", "2").statusCode()).as("no second answer").isEqualTo(409);

        String results = admin.get(action(survey, "results")).titled("Results of " + title).body();
        var download = admin.download(action(survey, "export"));
        assertThat(download.statusCode()).isEqualTo(200);
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(results).contains("Secret wish 4 " + id).contains("Mean 3.0");
        assertThat(csv).contains("Secret wish 0 " + id).doesNotContain("Respondent");
        for (String name : names) {
            assertThat(results).doesNotContain(name);
            assertThat(csv).doesNotContain(name).doesNotContain("resp");
        }

        Page found = admin.get("/admin/privacy/find?email=resp0." + id + "@agora.test");
        Matcher person = Pattern.compile("/admin/privacy-export/(\\d+)").matcher(found.body());
        assertThat(person.find()).isTrue();
        Page export = admin.get("/admin/privacy-export/" + person.group(1)).ok();
        assertThat(export.body()).contains(title).doesNotContain("Secret wish");
    }

    @Test
    void aPrivateSpacesSurveyIsInvisibleToOutsiders() {
        AgoraClient owner = TestAccounts.member("Olga " + id, "olga.s" + id + "@agora.test");
        AgoraClient outsider = TestAccounts.member("Otto " + id, "otto.s" + id + "@agora.test");
        String space = WikiIT.createSpace(owner, "Survey project " + id, "PRIVATE");
        String tab = Spaces.query(Spaces.tab(owner, space, "surveys"));
        String word = "quokka" + id.substring(1);
        String title = "Retro " + word;
        String survey = create(owner, tab, title);
        String outsiderHandle = "otto.s" + id;
        question(owner, survey, "yes_no", "Was the sprint good?", "");
        Page described = owner.post(action(survey, "settings"), Map.of("title", title,
                "description", "Ask @" + outsiderHandle + " too?"));
        assertThat(described.status()).isEqualTo(303);
        publish(owner, survey);
        assertThat(answer(owner, survey, "q0", "yes").statusCode()).isEqualTo(303);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> owner.get("/search?q=" + word).body().contains(title));
        assertThat(owner.get(space).body()).contains(title);
        assertThat(outsider.get("/search?q=" + word).titled("Search").text(".result-count"))
                .startsWith("Nothing matches");
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain(title);
        assertThat(outsider.get("/notifications").titled("Notifications").body())
                .as("mentioned, but outside the space").doesNotContain(word);
        assertThat(outsider.get(survey).status()).isEqualTo(404);
        assertThat(outsider.get(survey.replaceAll("\\?.*", "")).status()).as("without its space").isEqualTo(404);
        assertThat(outsider.get(action(survey, "results")).status()).isEqualTo(404);
        assertThat(outsider.download(action(survey, "export")).statusCode()).isEqualTo(404);
        assertThat(outsider.get("/m/surveys/").titled("Surveys").body()).doesNotContain(title);
        assertThat(answer(outsider, survey.replaceAll("\\?.*", ""), "q0", "no").statusCode()).isEqualTo(404);
    }

    @Test
    void theAuthorSeesTheResponseRateAndRemindsTheSpacesMembersWhoHaveNotAnswered() {
        AgoraClient owner = TestAccounts.member("Rita " + id, "rita.s" + id + "@agora.test");
        AgoraClient keen = TestAccounts.member("Kim " + id, "kim.s" + id + "@agora.test");
        AgoraClient late = TestAccounts.member("Lou " + id, "lou.s" + id + "@agora.test");
        AgoraClient outsider = TestAccounts.member("Omar " + id, "omar.s" + id + "@agora.test");
        String space = WikiIT.createSpace(owner, "Reminded team " + id, "PRIVATE");
        for (AgoraClient member : List.of(keen, late)) {
            String email = (member == keen ? "kim.s" : "lou.s") + id + "@agora.test";
            owner.get(space + "/members");
            assertThat(owner.post(space + "/members/invite", Map.of("email", email)).status()).isEqualTo(303);
            member.get(space);
            assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        }
        String tab = Spaces.query(Spaces.tab(owner, space, "surveys"));
        String title = "Offsite " + id;
        String survey = create(owner, tab, title);
        question(owner, survey, "yes_no", "Coming to the offsite?", "");
        settings(owner, survey, title, false);
        publish(owner, survey);
        assertThat(answer(keen, survey, "q0", "yes").statusCode()).isEqualTo(303);

        Document results = Forms.html(owner.get(action(survey, "results")));
        assertThat(results.select(".survey-rate").text()).as("1 of the 3 members").isEqualTo("of 3 people asked (33 %)");
        Page reminded = owner.post(action(survey, "remind"), Map.of());
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(303);
        Page again = owner.post(action(survey, "remind"), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already reminded today");
        assertThat(keen.post(action(survey, "remind"), Map.of()).status()).as("not the author").isEqualTo(403);

        String reminder = "The survey " + title + " is waiting for your answer.";
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> late.get("/notifications").body().contains(reminder));
        assertThat(owner.get("/notifications").titled("Notifications").body()).as("the author")
                .doesNotContain(reminder);
        assertThat(keen.get("/notifications").titled("Notifications").body()).as("answered already")
                .doesNotContain(reminder);
        assertThat(outsider.get("/notifications").titled("Notifications").body()).doesNotContain(title);
    }
}
