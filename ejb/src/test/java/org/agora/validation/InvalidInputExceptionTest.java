package org.agora.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    void aTextThatIsNotAKeyIsShownAsItIs() {
        assertThat(new InvalidInputException("x", "Something is wrong.").message(Locale.FRENCH))
                .isEqualTo("Something is wrong.");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("errors_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(keys("errors.properties").stringPropertyNames());
    }

    private static Properties keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InvalidInputException.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
