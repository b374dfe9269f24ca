package org.agora.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.agora.notify.model.Notification.Kind;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MailTextsTest.class.getResourceAsStream("/org/agora/notify/mail/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMailTextHasItsFrenchTranslation() throws IOException {
        assertThat(load("mails_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("mails.properties").stringPropertyNames());
    }

    @Test
    void everyKindFromPeopleIsWordedAloneAndWithOthers() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            MailTexts texts = new MailTexts(locale);
            for (Kind kind : Kind.values()) {
                if (kind != Kind.PLUGIN) {
                    assertThat(texts.get("line." + kind.name(), "Alice")).contains("Alice");
                    assertThat(texts.get("line." + kind.name() + ".others", "Alice", 4)).contains("Alice")
                            .contains("4");
                }
            }
        }
        assertThat(new MailTexts(Locale.FRENCH).get("digest.intro")).isEqualTo("Voici ce que vous n'avez pas encore lu.");
    }

    @Test
    void textIsEscapedForHtml() {
        assertThat(MailTexts.html("<b>R&D</b> \"x\" 'y'")).isEqualTo("&lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot; &#39;y&#39;");
    }
}
