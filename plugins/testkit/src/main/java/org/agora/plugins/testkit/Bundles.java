package org.agora.plugins.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a plugin's message bundles ({@code i18n/messages.properties} and one per language) as the host reads them,
 * in UTF-8, from the test's class path.
 *
 * <pre>{@code
 * @Test
 * void everyMessageIsInFrenchToo() {
 *     Bundles.assertTranslated("fr");
 * }
 * }</pre>
 */
public final class Bundles {

    private Bundles() {
    }

    /**
     * @param languages such as {@code fr}
     * @throws AssertionError naming the keys a language lacks and the keys English lacks
     */
    public static void assertTranslated(String... languages) {
        Set<String> english = keys("messages.properties");
        for (String language : languages) {
            Set<String> translated = keys("messages_" + language + ".properties");
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                throw new AssertionError("messages_" + language + ".properties lacks " + missing
                        + " and has keys English lacks: " + extra);
            }
        }
    }

    /** @return the keys of a bundle of {@code i18n/} on the class path */
    public static Set<String> keys(String fileName) {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream("i18n/" + fileName)) {
            if (in == null) {
                throw new AssertionError("no i18n/" + fileName + " on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
