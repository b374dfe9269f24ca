package org.agora.it;

import static org.agora.it.support.Posts.comment;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Unified search through HTTP: every content type is found, edits and deletes follow at once, and results, counts,
 * facets and suggestions only show what the reader may see, as of their current memberships.
 */
@AgoraTest
class SearchContentIT {

    /** @return a unique word of letters only, which typo tolerance may match */
    private static String letters(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (char c : Long.toString(System.nanoTime(), 36).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('q' + (c - '0') % 10) : c);
        }
        return word.toString().replaceAll("[^a-z]", "x");
    }

    private static String search(AgoraClient client, String query) {
        Page page = client.get("/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        return page.titled("Search").body();
    }

    /** @return how many hits of that type the search page shows */
    private static int hits(String body, String type) {
        return Jsoup.parse(body).select(".search-hit[data-type=" + type + "]").size();
    }

    /** @return the suggestions the search box offers for the start of a word, as JSON */
    private static String suggest(AgoraClient client, String start) {
        Page json = client.get("/search/suggest?q=" + start).ok();
        assertThat(json.contentType()).startsWith("application/json");
        return json.body();
    }

    /** @return the search box's suggestions, each with its type, label and link */
    private static List<JsonObject> suggestions(AgoraClient client, String start) {
        Page json = client.get("/search/suggest?q=" + start).ok();
        assertThat(json.contentType()).startsWith("application/json");
        return json.jsonArray().getValuesAs(JsonObject.class);
    }

    private static String space(AgoraClient owner, String name, String kind) {
        return Spaces.create(owner, name, "About " + name, kind);
    }

    /** Posts the text, which holds the marker as a plain word, and returns the new post's id. */
    private static long post(AgoraClient client, String space, String text, String marker) {
        return Posts.publish(client, space, text, marker);
    }

    @Test
    void commentsAreFoundWhereTheirPostIsAndFollowEditsAndDeletes() {
        String id = Agora.unique("c");
        AgoraClient owner = TestAccounts.member("Carla Comment", "carla-" + id + "@search.test");
        AgoraClient outsider = TestAccounts.member("Oscar Outside", "oscar-" + id + "@search.test");
        String space = space(owner, "Comments room " + id, "PRIVATE");
        String agenda = Agora.unique("agenda");
        long postId = post(owner, space, "Agenda for the offsite " + agenda, agenda);
        String word = Agora.unique("pineapple");
        long commentId = comment(owner, postId, "Bring a " + word + " please");

        String found = search(owner, word);
        assertThat(hits(found, "comment")).isEqualTo(1);
        Element hit = Jsoup.parse(found).selectFirst(".search-hit[data-type=comment]");
        assertThat(Jsoup.parse(found).select(".result-count").text()).isEqualTo("1 result");
        assertThat(hit.select(".snippet mark").eachText()).containsExactly(word);
        assertThat(hit.select("a[href^=/posts/" + postId + "]")).as("the hit leads to the post").isNotEmpty();
        assertThat(search(outsider, word)).contains("Nothing matches").doesNotContain("Bring a");

        String edited = Agora.unique("mango");
        owner.get("/posts/" + postId);
        assertThat(owner.post("/comments/" + commentId + "/edit", Map.of("text", "Bring a " + edited,
                "post", String.valueOf(postId))).status()).isEqualTo(303);
        assertThat(hits(search(owner, edited), "comment")).isEqualTo(1);
        assertThat(search(owner, word)).contains("Nothing matches");

        owner.get("/posts/" + postId);
        assertThat(owner.post("/comments/" + commentId + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(search(owner, edited)).contains("Nothing matches");

        String second = Agora.unique("papaya");
        comment(owner, postId, "And a " + second);
        assertThat(hits(search(owner, second), "comment")).isEqualTo(1);
        owner.get("/posts/" + postId);
        assertThat(owner.post("/posts/" + postId + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(search(owner, second)).as("a deleted post takes its comments along").contains("Nothing matches");
    }

    @Test
    void peopleAreFoundByNameWithTyposAndByWhatTheyShowEveryone() {
        String last = letters("Quist");
        String name = "Quentin " + last;
        AgoraClient person = TestAccounts.member(name, last.toLowerCase() + "@search.test");
        AgoraClient reader = TestAccounts.member("Rita Reader", Agora.unique("rita") + "@search.test");
        String body = search(reader, last);
        assertThat(hits(body, "person")).isEqualTo(1);
        assertThat(body).contains(name).contains("Tester");
        String typo = last.substring(0, 3) + last.substring(4);
        assertThat(hits(search(reader, typo.toLowerCase()), "person")).as("one letter missing").isEqualTo(1);

        String skill = letters("skill");
        String hobby = letters("hobby");
        Map<String, String> form = new HashMap<>();
        form.put("expertise", skill);
        form.put("interests", hobby);
        form.put("expertiseVisibility", "EVERYONE");
        form.put("interestsVisibility", "ONLY_ME");
        for (String f : new String[] {"location", "phone", "bio", "links"}) {
            form.put(f + "Visibility", "ONLY_ME");
        }
        person.get("/profile");
        assertThat(person.post("/profile", form).status()).isIn(200, 303);
        assertThat(hits(search(reader, skill), "person")).isEqualTo(1);
        assertThat(search(reader, hobby)).as("interests shown to no one").contains("Nothing matches");
        assertThat(search(person, hobby)).contains("Nothing matches");
    }

    @Test
    void secretSpacesAreFoundByMembersOnlyAndPrivateContentFollowsMembership() {
        String id = Agora.unique("s");
        AgoraClient owner = TestAccounts.member("Sam Secret", "sam-" + id + "@search.test");
        String outsiderEmail = "olga-" + id + "@search.test";
        AgoraClient outsider = TestAccounts.member("Olga Outside", outsiderEmail);
        String secretName = letters("Hideout");
        space(owner, secretName, "SECRET");
        assertThat(hits(search(owner, secretName), "space")).isEqualTo(1);
        assertThat(search(outsider, secretName)).contains("Nothing matches");
        assertThat(suggest(outsider, secretName.substring(0, 6).toLowerCase())).doesNotContain(secretName);
        assertThat(suggestions(owner, secretName.substring(0, 6).toLowerCase())).as("the space is suggested")
                .anySatisfy(s -> {
                    assertThat(s.getString("type")).isEqualTo("space");
                    assertThat(s.getString("label")).contains(secretName);
                });

        String privateName = letters("Vault");
        String space = space(owner, privateName, "PRIVATE");
        String word = Agora.unique("payroll");
        post(owner, space, "Payroll " + word + " #" + privateName.toLowerCase(), word);
        assertThat(hits(search(outsider, privateName), "space")).as("a private space is listed").isEqualTo(1);
        assertThat(search(outsider, word)).contains("Nothing matches");
        assertThat(suggest(outsider, privateName.substring(0, 6).toLowerCase()))
                .doesNotContain("#" + privateName.toLowerCase());

        outsider.get(space);
        assertThat(outsider.post(space + "/request", Map.of()).status()).isEqualTo(303);
        String approve = owner.get(space + "/members").ok().one("form[action$=/approve]").attr("action");
        assertThat(approve).matches(space + "/members/\\d+/approve");
        assertThat(owner.post(approve, Map.of()).status()).isEqualTo(303);
        assertThat(search(outsider, word)).as("at once after joining").contains("1 post found");
        assertThat(outsider.get("/search/suggest?q=" + privateName.substring(0, 6).toLowerCase()).body())
                .contains("#" + privateName.toLowerCase());

        owner.get(space + "/members");
        assertThat(owner.post(approve.replace("/approve", "/remove"), Map.of()).status()).isEqualTo(303);
        assertThat(search(outsider, word)).as("at once after removal").contains("Nothing matches");
    }

    @Test
    void documentsAreFoundByTheTextInsideAndFollowVersionsAndDeletes() {
        String id = Agora.unique("d");
        AgoraClient owner = TestAccounts.member("Dina Docs", "dina-" + id + "@search.test");
        AgoraClient outsider = TestAccounts.member("Otto Other", "otto-" + id + "@search.test");
        String space = space(owner, "Library " + id, "PRIVATE");
        String inText = Agora.unique("clause");
        String inPdf = Agora.unique("invoice");
        String inWord = Agora.unique("minutes");
        upload(owner, space + "/documents", "contract.txt", "text/plain",
                ("The " + inText + " applies").getBytes(StandardCharsets.UTF_8));
        upload(owner, space + "/documents", "invoice.pdf", "application/pdf", SampleFiles.pdf("Total " + inPdf));
        upload(owner, space + "/documents", "minutes.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                SampleFiles.docx("Meeting " + inWord));
        for (String word : new String[] {inText, inPdf, inWord}) {
            String body = search(owner, word);
            assertThat(hits(body, "document")).as(word).isEqualTo(1);
            assertThat(search(outsider, word)).as(word).contains("Nothing matches");
        }
        Element pdf = Jsoup.parse(search(owner, inPdf)).selectFirst(".search-hit[data-type=document]");
        assertThat(pdf.text()).contains("invoice.pdf");
        assertThat(pdf.select(".snippet mark").eachText()).containsExactly(inPdf);

        String doc = documentPath(owner, space, "contract.txt");
        String newer = Agora.unique("addendum");
        upload(owner, doc + "/versions", "contract-v2.txt", "text/plain",
                ("The " + newer + " replaces it").getBytes(StandardCharsets.UTF_8));
        assertThat(hits(search(owner, newer), "document")).isEqualTo(1);
        assertThat(hits(search(owner, inText), "document")).as("only the current version counts").isZero();

        owner.get(doc);
        assertThat(owner.post(doc + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(hits(search(owner, newer), "document")).isZero();
    }

    private static void upload(AgoraClient client, String path, String name, String type, byte[] content) {
        client.get(path.endsWith("/versions") ? path.substring(0, path.length() - "/versions".length())
                : path);
        Page sent = client.postFile(path, Map.of("_csrf", client.csrf()), "file", name, type, content);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(303);
    }

    private static String documentPath(AgoraClient client, String space, String name) {
        Element link = client.get(space + "/documents").ok().select("li.document a.fw-semibold").stream()
                .filter(a -> a.text().equals(name)).findFirst().orElse(null);
        assertThat(link).as(name + " listed").isNotNull();
        return link.attr("href");
    }

    @Test
    void facetsCountAndFilterWhatTheReaderMaySee() {
        AgoraClient admin = TestAccounts.admin();
        String tag = letters("facet");
        String word = Agora.unique("quince");
        long postId = post(admin, null, "Harvest " + word + " #" + tag, word);
        comment(admin, postId, "More " + word);
        String body = search(admin, word);
        Document page = Jsoup.parse(body);
        assertThat(page.select(".result-count").text()).isEqualTo("2 results");
        assertThat(page.select(".search-facets .facet").eachAttr("data-facet")).contains("type", "tag");
        assertThat(page.select(".facet[data-facet=tag] .facet-value").text()).contains("#" + tag);
        assertThat(page.select(".search-facets").text()).contains("Company-wide").contains("Past 24 hours");
        String onlyComments = admin.get("/search?q=" + word + "&type=comment").body();
        assertThat(hits(onlyComments, "comment")).isEqualTo(1);
        assertThat(hits(onlyComments, "post")).isZero();
        assertThat(onlyComments).contains("Clear filters");
        assertThat(hits(admin.get("/search?q=" + word + "&tag=" + tag).body(), "post")).isEqualTo(1);
        assertThat(admin.get("/search?q=" + word + "&date=day&sort=date").body()).contains("2 results");
        assertThat(admin.get("/search?q=" + word + "&type=%3Cb%3E&space=x&date=never").status()).isEqualTo(200);
        assertThat(admin.acceptLanguage("fr").get("/search?q=" + word).body()).contains("2 résultats")
                .contains("Toute l&#39;entreprise");
    }

    @Test
    void frenchAndEnglishWordsAreFoundInTheirOtherForms() {
        AgoraClient admin = TestAccounts.admin();
        String code = Agora.unique("fr");
        post(admin, null, "Nous avons réuni l'équipe des ventes pour préparer le lancement " + code, code);
        assertThat(search(admin, "equipes " + code)).contains("1 post found");
        assertThat(search(admin, "l'équipe " + code)).contains("1 post found");
        assertThat(search(admin, "\"équipe des ventes\" " + code)).contains("1 post found");
        assertThat(search(admin, "lance* " + code)).contains("1 post found");
        assertThat(search(admin, "zzyzxnothing OR " + code)).contains("1 post found");
        assertThat(search(admin, code + " -ventes")).contains("Nothing matches");
    }
}
