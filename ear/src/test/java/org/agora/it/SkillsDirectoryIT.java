package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Privacy;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The skills directory plugin on the real host: a curated taxonomy with synonyms, declared skills on the profile's
 * tab, endorsements once each, find an expert, mentoring, proposals reviewed by an administrator, the matrix's CSV
 * and the GDPR export and erasure, in English and French, with bad input refused.
 */
@AgoraTest
class SkillsDirectoryIT {

    private static final String BASE = "/m/skills-directory";

    private static String id;
    private static String skill;
    private static String synonym;
    private static AgoraClient admin;
    private static AgoraClient expert;
    private static AgoraClient learner;
    private static String expertEmail;
    private static long expertId;
    private static long learnerId;

    @BeforeAll
    static void people() {
        id = Agora.unique("k");
        skill = "Quantum Kubernètes " + id;
        synonyms();
        admin = TestAccounts.admin();
        expertEmail = "skills-expert-" + id + "@agora.test";
        expert = TestAccounts.member("Erin Expert " + id, expertEmail);
        learner = TestAccounts.member("Leo Learner " + id, "skills-learner-" + id + "@agora.test");
        expertId = personId(expert);
        learnerId = personId(learner);
        admin.get(BASE + "/taxonomy");
        assertThat(admin.post(BASE + "/taxonomy/category", Map.of("name", "Cloud " + id)).status()).isEqualTo(303);
        admin.get(BASE + "/taxonomy");
        Page added = admin.post(BASE + "/taxonomy/skill", Map.of("name", skill, "synonyms", synonym));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        declare(expert, synonym.toUpperCase(), "expert", false, true);
        declare(learner, skill, "notions", true, false);
    }

    private static void synonyms() {
        synonym = "qk8s" + id;
    }

    private static long personId(AgoraClient client) {
        return TestAccounts.personId(client);
    }

    private static void declare(AgoraClient client, String name, String level, boolean learn, boolean teach) {
        client.get(BASE + "/mine");
        Map<String, String> form = new java.util.HashMap<>(Map.of("skill", name, "level", level));
        if (learn) {
            form.put("learn", "on");
        }
        if (teach) {
            form.put("teach", "on");
        }
        Page saved = client.post(BASE + "/mine/declare", form);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
    }

    /** @return the skill's id, from the expert's profile tab */
    private static String skillId() {
        Matcher m = Pattern.compile("data-skill=\"(\\d+)\"").matcher(admin.get(BASE + "/person?person=" + expertId)
                .body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theProfileHasASkillsTabShowingLevelsAndFlags() {
        Document profile = Jsoup.parse(learner.get("/people/" + expertId).body());
        assertThat(profile.select("a[href=" + BASE + "/person?person=" + expertId + "]")).isNotEmpty();
        Document tab = Jsoup.parse(learner.get(BASE + "/person?person=" + expertId).body());
        assertThat(tab.select(".skills-name").text()).isEqualTo(skill);
        assertThat(tab.select(".skills-level").text()).isEqualTo("Expert");
        assertThat(tab.select(".skills-profile").text()).contains("can teach");
        assertThat(learner.acceptLanguage("fr").get(BASE + "/person?person=" + expertId).body())
                .contains("peut enseigner");
        learner.acceptLanguage("en");
    }

    @Test
    void badInputIsRefusedWithAMessageInTheReadersLanguage() {
        AgoraClient member = TestAccounts.member("Bad Input " + id, "skills-bad-" + id + "@agora.test");
        member.get(BASE + "/mine");
        Page unknown = member.post(BASE + "/mine/declare", Map.of("skill", "Cobol " + id, "level", "expert"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).select(".skills-error").text())
                .isEqualTo("“Cobol " + id + "” is not a skill of the directory. Pick one from the list, or propose it.");
        member.acceptLanguage("fr").get(BASE + "/mine");
        Page level = member.post(BASE + "/mine/declare", Map.of("skill", skill, "level", "guru"));
        assertThat(level.status()).isEqualTo(400);
        assertThat(Jsoup.parse(level.body()).select(".skills-error").text())
                .isEqualTo("Choisissez un niveau : notions, pratique, expert ou référent.");
        assertThat(member.postRaw(BASE + "/mine/declare", Map.of("skill", skill, "level", "expert")).status())
                .as("no CSRF token").isEqualTo(403);
        Page mine = member.get(BASE + "/mine").ok();
        assertThat(mine.select("form.skills-declare")).as("the form to declare one").hasSize(1);
        assertThat(mine.select("[data-skill]")).as("nothing declared").isEmpty();
        assertThat(member.get(BASE + "/nowhere").status()).isEqualTo(404);
    }

    @Test
    void colleaguesEndorseOnceEachAndNeverThemselves() {
        String skillId = skillId();
        AgoraClient colleague = TestAccounts.member("Cleo Colleague " + id, "skills-colleague-" + id + "@agora.test");
        String target = BASE + "/endorse?person=" + expertId;
        colleague.get(BASE + "/person?person=" + expertId);
        assertThat(colleague.post(target, Map.of("skill", skillId)).status()).isEqualTo(303);
        colleague.get(BASE + "/person?person=" + expertId);
        Page twice = colleague.post(target, Map.of("skill", skillId));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("You have already endorsed this skill.");
        expert.get(BASE + "/mine");
        Page self = expert.post(target, Map.of("skill", skillId));
        assertThat(self.status()).isEqualTo(403);
        Document tab = Jsoup.parse(admin.get(BASE + "/person?person=" + expertId).body());
        assertThat(tab.select(".skills-endorsers").text()).contains("Endorsed by").contains("Cleo Colleague " + id);
    }

    @Test
    void findAnExpertUnderstandsSynonymsCaseAccentsAndTyposAndLinksToProfiles() {
        String typo = "Quantum Kubernetes " + id.substring(0, id.length() - 1); // accent dropped, a letter missing
        for (String words : new String[] {synonym.toUpperCase(), typo}) {
            Document found = Jsoup.parse(learner.get(BASE + "/?q=" + enc(words)).body());
            assertThat(found.select(".skills-understood").text()).as(words).isEqualTo("Skill found: " + skill);
            assertThat(found.select(".skills-expert a.fw-semibold").eachAttr("href")).as(words)
                    .containsExactly("/people/" + expertId, "/people/" + learnerId);
        }
        Document none = Jsoup.parse(learner.get(BASE + "/?q=" + enc("nothing-like-it " + id)).body());
        assertThat(none.select(".skills-unknown")).hasSize(1);
    }

    @Test
    void skillsKeptForSpaceColleaguesAreFoundByThemAloneAndRecentPostsCountAsActivity() {
        String reserved = "Reserved craft " + id;
        admin.get(BASE + "/taxonomy");
        assertThat(admin.post(BASE + "/taxonomy/skill", Map.of("name", reserved)).status()).isEqualTo(303);
        AgoraClient ivy = TestAccounts.member("Ivy Reserved " + id, "skills-ivy-" + id + "@agora.test");
        long ivyId = personId(ivy);
        declare(ivy, reserved, "practitioner", false, false);
        ivy.get(BASE + "/mine");
        assertThat(ivy.post(BASE + "/mine/audience", Map.of("audience", "SPACES")).status()).isEqualTo(303);
        String space = WikiIT.createSpace(ivy, "Reserved " + id, "PRIVATE");
        ivy.get(space + "/members");
        assertThat(ivy.post(space + "/members/invite", Map.of("email", "skills-learner-" + id + "@agora.test"))
                .status()).isEqualTo(303);
        learner.get(space);
        assertThat(learner.post(space + "/join", Map.of()).status()).isEqualTo(303);

        assertThat(Jsoup.parse(learner.get(BASE + "/?q=" + enc(reserved)).body())
                .select(".skills-expert a.fw-semibold").eachAttr("href")).as("they share a space")
                .containsExactly("/people/" + ivyId);
        assertThat(Jsoup.parse(expert.get(BASE + "/?q=" + enc(reserved)).body())
                .select(".skills-expert a.fw-semibold").eachAttr("href")).isEmpty();
        Document tab = Jsoup.parse(expert.get(BASE + "/person?person=" + ivyId).body());
        assertThat(tab.select(".skills-hidden")).hasSize(1);
        assertThat(tab.select(".skills-name")).isEmpty();

        // a post about the skill counts as activity for its author, found through the host's search
        ivy.get(space);
        assertThat(ivy.post(space + "/posts", Map.of("text", "Notes on " + reserved + " for the team")).status())
                .isEqualTo(303);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            Document found = Jsoup.parse(learner.get(BASE + "/?q=" + enc(reserved)).body());
            assertThat(found.select(".skills-expert:has(a[href=/people/" + ivyId + "]) .badge").eachText())
                    .contains("mentions it in Agora");
        });
    }

    @Test
    void filtersUseTheDirectorysDepartmentAndOnlyALocationShownToEveryone() {
        String shown = "Ville " + id;
        String hidden = "Cachée " + id;
        saveLocation(expert, shown, "EVERYONE");
        saveLocation(learner, hidden, "SPACES");
        declare(expert, synonym, "expert", false, true); // her card is read again with her change
        declare(learner, skill, "notions", true, false);
        Document testing = Jsoup.parse(admin.get(BASE + "/?q=" + enc(synonym) + "&department=testing").body());
        assertThat(testing.select(".skills-expert a.fw-semibold").eachAttr("href"))
                .containsExactly("/people/" + expertId, "/people/" + learnerId);
        assertThat(testing.select(".skills-expert").first().text()).contains("Tester", "Testing", shown);
        Page sales = admin.get(BASE + "/?q=" + enc(synonym) + "&department=Sales").titled("Find an expert");
        assertThat(sales.one("input[name=q]:not(#header-search)").val()).isEqualTo(synonym);
        assertThat(sales.select(".skills-expert")).isEmpty();
        assertThat(sales.body()).doesNotContain("/people/" + expertId);
        Document here = Jsoup.parse(admin.get(BASE + "/?q=" + enc(synonym) + "&location=" + enc(shown))
                .body());
        assertThat(here.select(".skills-expert a.fw-semibold").eachAttr("href"))
                .containsExactly("/people/" + expertId);
        Page elsewhere = admin.get(BASE + "/?q=" + enc(synonym) + "&location=" + enc(hidden)).titled("Find an expert");
        assertThat(elsewhere.one("input[name=q]:not(#header-search)").val()).isEqualTo(synonym);
        assertThat(elsewhere.select(".skills-expert")).isEmpty();
        assertThat(elsewhere.body()).doesNotContain(hidden);
        Page matrix = admin.get(BASE + "/matrix").titled("Skill matrix");
        assertThat(matrix.select(".skills-export")).hasSize(1);
        assertThat(matrix.body()).doesNotContain(hidden);
        Document mine = Jsoup.parse(learner.get(BASE + "/mine").body());
        assertThat(mine.select(".skills-about .skills-department").text()).isEqualTo("Testing");
        assertThat(mine.select(".skills-about .skills-location").text()).isEqualTo(hidden);
    }

    private static void saveLocation(AgoraClient client, String location, String visibility) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("location", location));
        for (String f : new String[] {"location", "phone", "bio", "expertise", "interests", "links"}) {
            form.put(f + "Visibility", visibility);
        }
        client.get("/profile");
        Page saved = client.post("/profile", form);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
    }

    @Test
    void aLearnerAsksAMentorWhoIsNotified() {
        Document matches = Jsoup.parse(learner.get(BASE + "/mentoring").body());
        assertThat(matches.select(".skills-mentors a").eachText()).contains("Erin Expert " + id);
        Page asked = learner.post(BASE + "/mentoring/ask?person=" + expertId, Map.of("skill", skillId()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(303);
        assertThat(expert.get("/notifications").body())
                .contains("Leo Learner " + id + " would like you to mentor them in " + skill);
    }

    @Test
    void anEmployeeProposesAndAnAdministratorMergesIntoAnExistingSkill() {
        String proposal = "Quantum orchestration " + id;
        learner.get(BASE + "/mine");
        assertThat(learner.post(BASE + "/propose", Map.of("name", proposal)).status()).isEqualTo(303);
        Document review = Jsoup.parse(admin.get(BASE + "/taxonomy").body());
        String proposalId = review.select(".skills-proposal").stream()
                .filter(p -> p.text().contains(proposal)).findFirst().orElseThrow()
                .select("input[name=id]").first().attr("value");
        learner.get(BASE + "/taxonomy");
        assertThat(learner.post(BASE + "/proposals/merge", Map.of("id", proposalId, "target", skillId())).status())
                .isEqualTo(403);
        admin.get(BASE + "/taxonomy");
        assertThat(admin.post(BASE + "/proposals/merge", Map.of("id", proposalId, "target", skillId())).status())
                .isEqualTo(303);
        Document found = Jsoup.parse(learner.get(BASE + "/?q=" + enc(proposal.toLowerCase())).body());
        assertThat(found.select(".skills-understood").text()).isEqualTo("Skill found: " + skill);
        assertThat(learner.get("/notifications").body()).contains("was merged into " + skill);
    }

    @Test
    void theMatrixShowsLevelsAndExportsCsv() {
        Document matrix = Jsoup.parse(admin.get(BASE + "/matrix").body());
        assertThat(matrix.select(".skills-matrix th a").eachText()).contains("Erin Expert " + id);
        HttpResponse<byte[]> csv = admin.download(BASE + "/matrix.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Erin Expert " + id).contains(skill).contains("Expert");
    }

    @Test
    void theGdprExportHasTheSkillsAndErasureRemovesThem() {
        AgoraClient leaving = TestAccounts.member("Lea Leaving " + id, "skills-leaving-" + id + "@agora.test");
        long leavingId = personId(leaving);
        declare(leaving, skill, "reference", false, true);
        leaving.get(BASE + "/person?person=" + expertId);
        assertThat(leaving.post(BASE + "/endorse?person=" + expertId, Map.of("skill", skillId())).status())
                .isEqualTo(303);
        JsonObject module = admin.get("/admin/privacy-export/" + leavingId).ok().jsonObject()
                .getJsonObject("plugins").getJsonObject("skills-directory");
        assertThat(module).as("the skills module's section of the export").isNotNull();
        JsonObject data = module.getJsonObject("data");
        assertThat(data.getJsonArray("skills").getValuesAs(JsonObject.class))
                .filteredOn(d -> d.getString("skill").equals(skill)).singleElement()
                .satisfies(d -> assertThat(d.getString("level")).isEqualTo("reference"));
        assertThat(data.getJsonArray("endorsementsGiven").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("skill")).contains(skill);
        admin.get("/admin/privacy/find?email=skills-leaving-" + id + "@agora.test");
        Privacy.erase(admin, leavingId);
        Page expertsPage = admin.get(BASE + "/person?person=" + expertId).titled("Skills of Erin Expert " + id);
        assertThat(expertsPage.body()).doesNotContain("Lea Leaving " + id);
        Document found = Jsoup.parse(admin.get(BASE + "/?q=" + enc(synonym)).body());
        assertThat(found.select(".skills-expert a.fw-semibold").eachAttr("href"))
                .doesNotContain("/people/" + leavingId);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aPrivateSpacesSkillsTabShowsItsMembersMatrixToMembersOnly() {
        AgoraClient outsider = TestAccounts.member("Ozzy Outsider " + id, "skills-outsider-" + id + "@agora.test");
        String space = WikiIT.createSpace(expert, "Skilled crew " + id, "PRIVATE");
        String tab = Spaces.tab(expert, space, "skills-directory");
        assertThat(tab).startsWith(BASE + "/matrix?space=");
        Document matrix = expert.get(tab).ok().html();
        assertThat(matrix.select("h1").text()).isEqualTo("Skills of the members of Skilled crew " + id);
        assertThat(matrix.select(".skills-matrix th a").eachText()).as("the one member")
                .containsExactly("Erin Expert " + id);
        assertThat(outsider.get(tab).status()).isEqualTo(404);
        assertThat(outsider.download(tab.replace("/matrix?", "/matrix.csv?")).statusCode()).isEqualTo(404);
    }

    @Test
    void aCuratorImportsSkillsFromAFileInTheBackgroundAndReadsTheReport() {
        AgoraClient imported = TestAccounts.member("Ivy Imported " + id, "skills-imported-" + id + "@agora.test");
        long importedId = personId(imported);
        String csv = "email;skill;level;teach\n"
                + "skills-imported-" + id + "@agora.test;" + synonym + ";practitioner;yes\n"
                + "nobody-" + id + "@agora.test;" + skill + ";expert;\n";
        admin.get(BASE + "/import");
        Page started = admin.postFile(BASE + "/import", Map.of("_csrf", admin.csrf()), "file", "skills.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        Matcher job = Pattern.compile("job=(\\d+)").matcher(started.location());
        assertThat(job.find()).isTrue();
        Document page = Jsoup.parse(admin.get(started.location()).body());
        assertThat(page.select(".agora-job").attr("data-job")).isEqualTo(job.group(1));

        String[] progress = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    progress[0] = admin.get("/jobs/" + job.group(1)).body();
                    return progress[0].contains("\"ended\":true");
                });
        assertThat(progress[0]).contains("\"state\":\"finished\"").contains("\"percent\":100")
                .contains("1 imported, 0 unchanged, 1 refused.")
                .contains("Line 3: nobody in Agora has the address nobody-" + id + "@agora.test.");
        assertThat(learner.get("/jobs/" + job.group(1)).status()).as("someone else's job").isEqualTo(404);
        assertThat(Jsoup.parse(admin.get(BASE + "/person?person=" + importedId).body()).text())
                .contains(skill).contains("Practitioner");

        Page wrong = admin.postFile(BASE + "/import", Map.of("_csrf", admin.csrf()), "file", "x.csv", "text/csv",
                "name,skill\nLeo,Java\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("The first line must name the columns email, skill and level.");
    }
}
