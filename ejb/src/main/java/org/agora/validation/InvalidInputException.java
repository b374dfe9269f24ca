package org.agora.validation;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Input that breaks a rule, with a message for the form field it concerns. Nothing is stored.
 *
 * <p>The message is a key of the {@code org.agora.validation.errors} bundles, worded in each language Agora speaks
 * ({@link #message(Locale)}); {@link #getMessage()} is the English text, for logs. A text that is not a key is shown
 * as it is.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    static final String BUNDLE = "org.agora.validation.errors";
    // without this, a missing language would fall back to the server's default locale instead of English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String field;
    private final String key;
    private final Object[] arguments;

    /**
     * @param key       a key of the errors bundle
     * @param arguments the values of the key's {0}, {1}… placeholders
     */
    public InvalidInputException(String field, String key, Object... arguments) {
        super(text(key, arguments, Locale.ENGLISH));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** @return the form field the message belongs to */
    public String field() {
        return field;
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
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, InvalidInputException.class.getClassLoader(),
                    NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return arguments.length == 0 ? key : key + " " + Arrays.toString(arguments);
        }
    }
}
