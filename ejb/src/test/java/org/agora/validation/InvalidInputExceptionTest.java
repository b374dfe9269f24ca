package org.agora.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void messagesAreWordedInTheReadersLanguage() {
        InvalidInputException e = new InvalidInputException("files", "error.attachment.tooLarge", "plan.pdf", 50);
        assertThat(e.getMessage()).isEqualTo("\u201cplan.pdf\u201d is larger than the limit of 50 MB.");
        assertThat(e.message(Locale.FRENCH)).isEqualTo("« plan.pdf » dépasse la limite de 50 Mo.");
        assertThat(e.message(Locale.GERMAN)).as("a language Agora does not speak").isEqualTo(e.getMessage());
        assertThat(new InvalidInputException("photo", "error.photo.format").message(Locale.FRENCH))
                .contains("n'est pas une image");
    }

    @Test
    void aKeyMissingFromTheBundlesIsShownAsItIs() {
        assertThat(new InvalidInputException("x", "Something is wrong.").message(Locale.FRENCH))
                .isEqualTo("Something is wrong.");
    }

    @Test
    void refusedActionsAndUnknownItemsAreWordedInTheReadersLanguageToo() {
        AccessDeniedException refused = new AccessDeniedException("error.space.read");
        assertThat(refused.getMessage()).isEqualTo("Only members read this space.");
        assertThat(refused.message(Locale.FRENCH)).isEqualTo("Seuls les membres lisent cet espace.");
        UnknownItemException unknown = new UnknownItemException("error.search.parked.unknown", 12345L);
        assertThat(unknown.getMessage()).isEqualTo("No parked search change 12345");
        assertThat(new UnknownItemException("error.post.unknown").message(Locale.FRENCH))
                .isEqualTo("Cette publication n'existe pas.");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("errors_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(keys("errors.properties").stringPropertyNames());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndQuoteTheirApostrophes() throws IOException {
        Properties english = keys("errors.properties");
        Properties french = keys("errors_fr.properties");
        for (String key : english.stringPropertyNames()) {
            for (Properties language : List.of(english, french)) {
                String pattern = language.getProperty(key, "");
                // a lone apostrophe would hide the rest of the message from MessageFormat
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            }
            assertThat(new MessageFormat(french.getProperty(key, "")).getFormatsByArgumentIndex())
                    .as(key).hasSameSizeAs(new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties english = keys("errors.properties");
        // "error.html" is the error page, not a message
        Pattern key = Pattern.compile("\"(error\\.(?!html\")[A-Za-z.]+[A-Za-z])\"");
        List<String> named = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(file));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(named).allSatisfy(k -> assertThat(english.stringPropertyNames()).contains(k));
        // the keys made from a form field's name
        for (String field : List.of("location", "phone", "bio")) {
            assertThat(english.stringPropertyNames()).contains("error.profile." + field + ".long");
        }
        for (String field : List.of("expertise", "interests")) {
            assertThat(english.stringPropertyNames()).contains("error.tags." + field + ".long",
                    "error.tags." + field + ".many");
        }
    }

    private static Properties keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InvalidInputException.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
