package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A reader whose browser speaks French sees no English sentence of Agora's own on the main pages: none of the
 * English messages (of two words or more, other than in French) shows in their text, labels or placeholders.
 */
@AgoraTest
class FrenchPagesIT {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../web/src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** @return the English messages that would betray a missing translation */
    private static List<String> englishOnly() throws IOException {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");
        List<String> sentences = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key).replace("''", "'");
            if (!text.contains("{") && text.strip().contains(" ") && text.length() >= 8
                    && !text.equals(french.getProperty(key, "").replace("''", "'"))) {
                sentences.add(text.strip());
            }
        }
        return sentences;
    }

    private static String shown(Document page) {
        StringBuilder all = new StringBuilder(page.body().text());
        for (Element e : page.select("[placeholder], [aria-label], [title]")) {
            all.append(' ').append(e.attr("placeholder")).append(' ').append(e.attr("aria-label"))
                    .append(' ').append(e.attr("title"));
        }
        return all.toString();
    }

    @Test
    void theMainPagesInFrenchShowNoEnglishMessage() throws IOException {
        String id = Agora.unique("fr");
        AgoraClient fr = TestAccounts.member("Françoise Lefèvre", "francoise." + id + "@agora.test")
                .acceptLanguage("fr-FR,fr;q=0.9");
        fr.get("/spaces");
        String space = Spaces.create(fr, "Équipe " + id, "PUBLIC");
        fr.get(space);
        assertThat(fr.post(space + "/posts", Map.of("text", "Bonjour " + id)).status()).isEqualTo(303);
        long post = Posts.postId(fr.get(space).body(), "Bonjour " + id);
        Posts.comment(fr, post, "Merci " + id);

        List<String> english = englishOnly();
        assertThat(english).hasSizeGreaterThan(100);
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/", "/spaces", space, space + "/members", space + "/documents", "/posts/" + post,
                "/people", "/profile", "/notifications", "/saved", "/search?q=bonjour")) {
            Page page = fr.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String text = shown(Forms.html(page));
            for (String sentence : english) {
                softly.assertThat(text).as("English on " + path).doesNotContain(sentence);
            }
        }
        softly.assertAll();
    }
}
