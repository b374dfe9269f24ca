package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Agora speaks English and French: the browser's language by default, the reader's choice when made. */
@AgoraTest
class LanguagesIT {

    @Test
    void aFrenchBrowserGetsFrenchPages() {
        TestAccounts.admin();
        Page login = new AgoraClient().acceptLanguage("fr-FR,fr;q=0.9,en;q=0.5").get("/login");
        assertThat(login.body()).contains("Se connecter à Agora").contains("Mot de passe").contains("lang=\"fr\"");
        Page english = new AgoraClient().acceptLanguage("de-DE,en;q=0.5").get("/login");
        assertThat(english.body()).contains("Sign in to Agora");
        Page unknown = new AgoraClient().acceptLanguage("ja").get("/login");
        assertThat(unknown.body()).as("English when the browser's language is not spoken").contains("Sign in to Agora");
    }

    @Test
    void theReadersChoiceWinsOverTheBrowser() {
        AgoraClient admin = TestAccounts.admin().acceptLanguage("en");
        admin.get("/spaces");
        Page chosen = admin.post("/language", Map.of("lang", "fr", "back", "/spaces"));
        assertThat(chosen.status()).isEqualTo(303);
        assertThat(chosen.location()).isEqualTo("/spaces");
        assertThat(admin.get("/spaces").body()).contains("Créer un espace").contains("Qui peut le voir");
        assertThat(admin.get("/search?q=" + Agora.unique("nothing")).body()).contains("Rien ne correspond");
        admin.get("/spaces");
        assertThat(admin.post("/language", Map.of("lang", "en", "back", "/spaces")).status()).isEqualTo(303);
        assertThat(admin.get("/spaces").body()).contains("Create a space");
    }

    @Test
    void theLanguageFormRefusesToSendSomeoneElsewhere() {
        AgoraClient admin = TestAccounts.admin();
        admin.get("/spaces");
        Page away = admin.post("/language", Map.of("lang", "fr", "back", "//evil.example/"));
        assertThat(away.location()).isEqualTo("/");
        admin.get("/spaces");
        assertThat(admin.postRaw("/language", Map.of("lang", "fr")).status()).isEqualTo(403);
    }

    @Test
    void refusedInputIsExplainedInTheReadersLanguage() {
        String word = Agora.unique("langue");
        AgoraClient french = TestAccounts.member("Léa " + word, word + "@agora.test").acceptLanguage("fr");
        french.get("/");
        Page empty = french.post("/posts", Map.of("text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Écrivez quelque chose avant de publier.");
        french.get("/spaces");
        Page space = french.post("/spaces", Map.of("name", "x", "kind", "PUBLIC"));
        assertThat(space.status()).isEqualTo(400);
        assertThat(space.body()).contains("Donnez à l&#39;espace un nom d&#39;au moins 2 caractères.");
        String tooLong = "y".repeat(5001);
        french.get("/");
        assertThat(french.post("/posts", Map.of("text", tooLong)).body())
                .containsPattern("Une publication a au plus 5.000 caractères ; celle-ci en a 5.001\\.");
        AgoraClient english = TestAccounts.admin().acceptLanguage("en");
        english.get("/");
        assertThat(english.post("/posts", Map.of("text", " ")).body()).contains("Write something before posting.");
    }
}
