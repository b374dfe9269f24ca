package org.agora.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path VIEWS = Path.of("src/main/webapp/WEB-INF/views");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInAViewExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(VIEWS)) {
            for (Path view : views.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(view));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_fr.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void apostrophesShowOnceInMessagesWithoutValues() {
        assertThat(BundleMessages.get(Locale.FRENCH, "composer.attach")).contains("s'affichent")
                .doesNotContain("''");
        assertThat(BundleMessages.get(Locale.FRENCH, "done.space")).contains("l'onglet");
    }

    @Test
    void messagesWithParametersFormatInBothLanguages() {
        assertThat(BundleMessages.get(Locale.ENGLISH, "search.count.post", 1)).isEqualTo("1 post found");
        assertThat(BundleMessages.get(Locale.ENGLISH, "search.count.post", 3)).isEqualTo("3 posts found");
        assertThat(BundleMessages.get(Locale.FRENCH, "search.none", "kiwi"))
                .isEqualTo("Rien ne correspond à kiwi. Essayez d'autres mots.");
        assertThat(BundleMessages.get(Locale.FRENCH, "spaces.members", 2)).isEqualTo("2 membres");
    }

    @Test
    void aKeptMessageFormatsEachCallWithItsOwnValuesInItsOwnLanguage() {
        assertThat(BundleMessages.get(Locale.ENGLISH, "search.count.post", 12_345)).isEqualTo("12,345 posts found");
        assertThat(BundleMessages.get(Locale.FRENCH, "search.count.post", 12_345))
                .isEqualTo("12\u202f345 publications trouvées");
        assertThat(BundleMessages.get(Locale.ENGLISH, "search.count.post", 1)).isEqualTo("1 post found");
    }

    @Test
    void anUnknownKeyIsRefusedEachTimeItIsAsked() {
        assertThatThrownBy(() -> BundleMessages.get(Locale.ENGLISH, "no.such.key"))
                .isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> BundleMessages.get(Locale.ENGLISH, "no.such.key"))
                .isInstanceOf(MissingResourceException.class);
    }
}
