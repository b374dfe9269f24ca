package org.agora.validation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A service's refusal, worded by a key of the {@code org.agora.validation.errors} bundles in each language Agora
 * speaks ({@link #message(Locale)}). {@link #getMessage()} is the English text, for logs. A key missing from the
 * bundles is shown as it is, with its arguments, so that a mistake is visible rather than hidden.
 */
public abstract class Refusal extends RuntimeException {

    static final String BUNDLE = "org.agora.validation.errors";
    // without this, a missing language would fall back to the server's default locale instead of English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final Object[] arguments;

    /**
     * @param key       a key of the errors bundle
     * @param arguments the values of the key's {0}, {1}… placeholders
     */
    protected Refusal(String key, Object... arguments) {
        super(text(key, arguments, Locale.ENGLISH));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** @return the key of the message in the errors bundle */
    public String key() {
        return key;
    }

    /** @return the values of the message's placeholders */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** @return the message in the reader's language (English when Agora does not speak it) */
    public String message(Locale locale) {
        return text(key, arguments, locale);
    }

    private static String text(String key, Object[] arguments, Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Refusal.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return arguments.length == 0 ? key : key + " " + Arrays.toString(arguments);
        }
    }
}
