package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.agora.it.thanks.ThanksJar;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What plugins API 1.2 adds, through the running application, with the "thanks" test plugin: people looked up by
 * name and handle, the plugin's own version and the host's clock, limits that hold, items published under their own
 * id, data answered and exported as JSON written by the host.
 */
@AgoraTest
class PluginsApi12IT {

    private static String id;
    private static AgoraClient giver;
    private static String giverEmail;
    private static String handle;

    @BeforeAll
    static void install() {
        ThanksJar.installOnce();
        id = Agora.unique("t");
        giverEmail = "gina-" + id + "@thanks.test";
        giver = TestAccounts.member("Gina Giver " + id, giverEmail);
        giver.get("/");
    }

    private static JsonObject json(Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("application/json");
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    private static String colleague(String first) {
        String h = first.toLowerCase() + "-" + id;
        TestAccounts.member(first + " Zephyrin" + id.replaceAll("[^a-z0-9]", ""), h + "@thanks.test");
        return h;
    }

    @Test
    void peopleAreFoundByNameAndHandleWithTheirProfileLink() {
        String h = colleague("Hortense");
        Page found = giver.get("/m/thanks/people?q=zephyrin" + id.replaceAll("[^a-z0-9]", ""));
        assertThat(found.ok().jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getString("handle").equals(h)).singleElement()
                .satisfies(p -> assertThat(p.getString("profile")).startsWith("/people/"));
        JsonObject person = json(giver.get("/m/thanks/handle?h=@" + h));
        assertThat(person.getString("name")).startsWith("Hortense Zephyrin");
        assertThat(giver.get(person.getString("profile")).body()).contains("Hortense Zephyrin");
        assertThat(json(giver.get("/m/thanks/handle?h=nobody-" + id))).isEmpty();
        assertThat(json(giver.get("/m/thanks/card?id=" + person.getJsonNumber("id").longValue()))
                .getString("name")).startsWith("Hortense");
    }

    @Test
    void aPickerSendsThePeopleChosenAndABrowserWithoutScriptSendsHandles() {
        String h = colleague("Ines");
        Page form = giver.get("/m/thanks/give").ok();
        Element picker = form.one(".agora-person-picker");
        assertThat(picker.text()).contains("Whom to thank");
        assertThat(picker.select("[name=to-handles]")).hasSize(1);
        assertThat(form.select("script[src$=/assets/people-picker.js]")).hasSize(1);
        long id = json(giver.get("/m/thanks/handle?h=" + h)).getJsonNumber("id").longValue();
        assertThat(giver.post("/m/thanks/give", Map.of("to", String.valueOf(id))).body()).contains("Ines Zephyrin");
        assertThat(giver.post("/m/thanks/give", Map.of("to-handles", "@" + h + ", nobody")).body())
                .contains("Ines Zephyrin");
        assertThat(giver.acceptLanguage("fr").get("/m/thanks/give").body()).contains("Qui remercier")
                .contains("Tapez un nom");
        giver.acceptLanguage("en");
    }

    @Test
    void thePluginKnowsItsVersionAndTheHostsTime() {
        JsonObject v = json(giver.get("/m/thanks/version"));
        assertThat(v.getString("version")).isEqualTo("1.2.3");
        assertThat(java.time.Instant.parse(v.getString("now"))).isBetween(java.time.Instant.now().minusSeconds(120),
                java.time.Instant.now().plusSeconds(120));
    }

    @Test
    void dataIsSentAsJsonTheHostEscapes() {
        String nasty = "a \"quote\", a \\ and </script><b>";
        assertThat(json(giver.post("/m/thanks/echo", Map.of("text", nasty))).getString("text")).isEqualTo(nasty);
    }

    @Test
    void thanksAreLimitedAtomicallyAndTheirItemsAreNamedByTheirOwnId() {
        AgoraClient thanker = TestAccounts.member("Theo Thanker " + id, "theo-" + id + "@thanks.test");
        thanker.get("/");
        String[] colleagues = {colleague("Anna"), colleague("Bruno"), colleague("Chloe"), colleague("Denis")};
        JsonObject first = json(thanker.post("/m/thanks/thank", Map.of("to", colleagues[0], "why", "#help")));
        assertThat(first.getBoolean("stored")).isTrue();
        long item = first.getJsonNumber("item").longValue();
        assertThat(first.getString("path")).isEqualTo("/item/" + item);
        assertThat(json(thanker.get("/m/thanks/item/" + item)).getString("path")).isEqualTo("/item/" + item);
        assertThat(thanker.get("/").body()).as("the card links to the item by its id")
                .contains("href=\"/m/thanks/item/" + item + "\"");

        assertThat(json(thanker.post("/m/thanks/thank", Map.of("to", colleagues[0]))).getString("why"))
                .as("once per colleague and day").isEqualTo("today");
        assertThat(json(thanker.post("/m/thanks/thank", Map.of("to", colleagues[1]))).getBoolean("stored")).isTrue();
        assertThat(json(thanker.post("/m/thanks/thank", Map.of("to", colleagues[2]))).getBoolean("stored")).isTrue();
        assertThat(json(thanker.post("/m/thanks/thank", Map.of("to", colleagues[3]))).getString("why"))
                .as("three a week").isEqualTo("week");
    }

    @Test
    void aPersonsExportHoldsThePluginsDataAsJson() {
        AgoraClient admin = TestAccounts.admin();
        String h = colleague("Emile");
        giver.get("/");
        assertThat(json(giver.post("/m/thanks/thank", Map.of("to", h))).getBoolean("stored")).isTrue();
        Page found = admin.get("/admin/privacy/find?email=" + giverEmail);
        Matcher person = Pattern.compile("/admin/privacy-export/(\\d+)").matcher(found.body());
        assertThat(person.find()).as(found.body()).isTrue();
        JsonObject export = json(admin.get("/admin/privacy-export/" + person.group(1)));
        JsonObject data = export.getJsonObject("plugins").getJsonObject("thanks").getJsonObject("data");
        assertThat(data.getJsonNumber("thanksGiven").longValue()).isEqualTo(1);
        assertThat(data.getString("note")).isEqualTo("said \"thanks\" </script>");
    }
}
