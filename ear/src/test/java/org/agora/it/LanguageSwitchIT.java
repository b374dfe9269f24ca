package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The language switch returns to the page it was on, and any return address that is not plainly Agora's to the feed. */
@AgoraTest
class LanguageSwitchIT {

    @Test
    void anOddReturnAddressLeadsToTheFeedInTheChosenLanguage() {
        AgoraClient admin = TestAccounts.admin();
        List<String> odd = List.of("/spaces\tx", "/\t/evil.example", "/ spaces", "/spaces x", "/spaces\r\nSet-Cookie: a=b",
                "/spaces%0D%0ASet-Cookie:%20a=b", "/%09/evil.example", "/\r\n/evil.example", "/a\u0000b",
                "/\\evil.example", "https://evil.example/", "//evil.example/", "/café");
        for (String back : odd) {
            String lang = back.length() % 2 == 0 ? "fr" : "en";
            admin.get("/spaces");
            Page switched = admin.post("/language", Map.of("lang", lang, "back", back));
            assertThat(switched.status()).as(back).isEqualTo(303);
            assertThat(switched.location()).as(back).isEqualTo("/");
            Page feed = admin.get(switched.location());
            assertThat(feed.status()).isEqualTo(200);
            assertThat(Forms.one(feed, "html").attr("lang")).as(back).isEqualTo(lang);
        }
        admin.get("/spaces");
        assertThat(admin.post("/language", Map.of("lang", "en", "back", "/spaces")).status()).isEqualTo(303);
    }

    @Test
    void aPlainReturnAddressIsKept() {
        AgoraClient admin = TestAccounts.admin();
        admin.get("/spaces");
        Page switched = admin.post("/language", Map.of("lang", "en", "back", "/search?q=a+b"));
        assertThat(switched.location()).isEqualTo("/search?q=a+b");
    }
}
