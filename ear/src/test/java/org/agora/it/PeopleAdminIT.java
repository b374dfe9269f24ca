package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Administrators add a new hire on the people page, between two imports of the staff directory. */
@AgoraTest
class PeopleAdminIT {

    private static Map<String, String> person(String name, String email, String password) {
        return Map.of("name", name, "email", email, "department", "Sales", "jobTitle", "Account manager",
                "password", password);
    }

    @Test
    void anAddedPersonIsListedAndSignsInWithTheirPassword() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("hire") + "@people.test";
        admin.get("/admin/people");
        Page added = admin.post("/admin/people", person("Hana Hire", email, TestAccounts.PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);

        Document page = Jsoup.parse(admin.get(added.location()).body());
        assertThat(page.select(".person-added").text()).isEqualTo("Hana Hire is added.");
        assertThat(new AgoraClient().signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);

        Document directory = Jsoup.parse(admin.get("/people?q=Hana+Hire").body());
        assertThat(directory.text()).contains("Hana Hire").contains("Account manager");
    }

    @Test
    void aTakenAddressIsRefusedInTheReadersLanguageAndTheFormKeepsWhatWasTyped() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("twice") + "@people.test";
        admin.get("/admin/people");
        assertThat(admin.post("/admin/people", person("Tom Twice", email, "")).status()).isEqualTo(303);

        admin.get("/admin/people");
        Page refused = admin.post("/admin/people", person("Tim Twice", email, ""));
        assertThat(refused.status()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select(".alert-danger").text()).isEqualTo("Someone has this e-mail address already.");
        assertThat(form.select("#add-name").val()).isEqualTo("Tim Twice");
        assertThat(form.select("#add-email").val()).isEqualTo(email);

        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        french.get("/admin/people");
        Page refusedInFrench = french.post("/admin/people", person("Tim Twice", email, ""));
        assertThat(refusedInFrench.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refusedInFrench.body()).select(".alert-danger").text())
                .isEqualTo("Quelqu’un a déjà cette adresse e-mail.");
    }

    @Test
    void aShortPasswordIsRefusedAndNobodyIsAdded() {
        AgoraClient admin = TestAccounts.admin();
        String email = Agora.unique("short") + "@people.test";
        admin.get("/admin/people");
        Page refused = admin.post("/admin/people", person("Sam Short", email, "short"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(new AgoraClient().signIn(email, "short").status()).isEqualTo(401);
        admin.get("/admin/people");
        assertThat(admin.post("/admin/people", person("Sam Short", email, TestAccounts.PASSWORD)).status())
                .as("the address is still free").isEqualTo(303);
    }

    @Test
    void onlyAdministratorsAddPeopleAndOnlyWithTheFormsToken() {
        AgoraClient admin = TestAccounts.admin();
        Page forged = admin.postRaw("/admin/people", person("Fay Forged", Agora.unique("f") + "@people.test",
                TestAccounts.PASSWORD));
        assertThat(forged.status()).isEqualTo(403);

        String word = Agora.unique("m");
        AgoraClient member = TestAccounts.member("Mia Member", word + "@people.test");
        member.get("/");
        Page refused = member.post("/admin/people", person("Max Sneaky", word + "x@people.test",
                TestAccounts.PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new AgoraClient().signIn(word + "x@people.test", TestAccounts.PASSWORD).status()).isEqualTo(401);
    }
}
