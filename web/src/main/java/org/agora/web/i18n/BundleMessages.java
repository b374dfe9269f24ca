package org.agora.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves {@code #{key}} in views from the {@code messages} bundle, in the reader's language. */
public class BundleMessages extends AbstractMessageResolver {

    static final String BUNDLE = "messages";
    // without this, a missing language would fall back to the server's default locale instead of English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        try {
            String message = bundle(context.getLocale()).getString(key);
            return parameters == null || parameters.length == 0 ? plain(message)
                    : new MessageFormat(message, context.getLocale()).format(parameters);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        // a missing key shows itself, so it is noticed instead of leaving a blank
        return "??" + key + "_" + context.getLocale() + "??";
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, BundleMessages.class.getClassLoader(), NO_FALLBACK);
    }

    /** @return the message for {@code key} in {@code locale}, for code that is not a view */
    public static String get(Locale locale, String key, Object... parameters) {
        String message = bundle(locale).getString(key);
        return parameters.length == 0 ? plain(message) : new MessageFormat(message, locale).format(parameters);
    }

    /**
     * A message shown without values: translators write apostrophes doubled in every message, as message formatting
     * wants, and here they are shown once.
     */
    static String plain(String message) {
        return message.replace("''", "'");
    }
}
