package org.agora.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.plugins.testkit.Bundles;
import org.junit.jupiter.api.Test;

class SurveyMessagesTest {

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        Bundles.assertTranslated("fr");
    }

    @Test
    void everyKeyTheCodeAndTemplatesNameExists() throws Exception {
        Set<String> en = Bundles.keys("messages.properties");
        Pattern key = Pattern.compile("\"((?:survey|poll|notify|content|settings|permission)\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/templates")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        assertThat(en).as(file + " names " + m.group(1)).contains(m.group(1));
                    }
                }
            }
        }
    }
}
