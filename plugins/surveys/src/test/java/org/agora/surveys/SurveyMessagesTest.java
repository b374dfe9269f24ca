package org.agora.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SurveyMessagesTest {

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = SurveyMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws Exception {
        assertThat(bundle("messages_fr").keySet()).isEqualTo(bundle("messages").keySet());
    }

    @Test
    void everyKeyTheCodeAndTemplatesNameExists() throws Exception {
        Properties en = bundle("messages");
        Pattern key = Pattern.compile("\"((?:survey|poll|notify|content|settings|permission)\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/templates")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        assertThat(en).as(file + " names " + m.group(1)).containsKey(m.group(1));
                    }
                }
            }
        }
    }
}
