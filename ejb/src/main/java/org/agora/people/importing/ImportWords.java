package org.agora.people.importing;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of imports in each language Agora speaks ({@code problems.properties}): row problems, column names,
 * the template's headers and example.
 */
final class ImportWords {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ImportWords() {
    }

    static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle("org.agora.people.importing.problems", locale,
                ImportWords.class.getClassLoader(), NO_FALLBACK);
    }
}
