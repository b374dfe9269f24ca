package org.agora.plugins.api;

import java.util.Locale;

/**
 * A plugin's messages in one language, read from {@code i18n/messages.properties} (English, the fallback) and
 * {@code i18n/messages_fr.properties} (French) inside the plugin jar. Values are {@link java.text.MessageFormat}
 * patterns, so a literal apostrophe is written {@code ''}.
 *
 * @since 1.1.0
 */
public interface Messages {

    /** @return the language of these messages */
    Locale locale();

    /**
     * @param key  a message key
     * @param args the values of the pattern's {@code {0}}, {@code {1}}, ...
     * @return the message, or the key itself when the bundle lacks it
     */
    String get(String key, Object... args);
}
