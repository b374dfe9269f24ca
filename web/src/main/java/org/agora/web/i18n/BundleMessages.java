package org.agora.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves {@code #{key}} in views from the {@code messages} bundle, in the reader's language. */
public class BundleMessages extends AbstractMessageResolver {

    static final String BUNDLE = "messages";
    // without this, a missing language would fall back to the server's default locale instead of English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Per language, each message as read from the bundle and prepared, or its absence: a page shows a few hundred
     * messages, and finding each in the bundle and parsing its format every time was a few percent of drawing it.
     * The pages speak two languages; beyond a few more (a language asked for by mail settings), messages are read
     * from the bundle each time instead of kept.
     */
    private static final Map<Locale, Map<String, Optional<Message>>> PREPARED = new ConcurrentHashMap<>();
    private static final int LANGUAGES_KEPT = 8;

    /** A message of one language: as shown without values, and its format for values, parsed once when first used. */
    private static final class Message {

        private final String text;
        private final Locale locale;
        private final String plain;
        private volatile MessageFormat format;

        Message(String text, Locale locale) {
            this.text = text;
            this.locale = locale;
            this.plain = plain(text);
        }

        String with(Object[] parameters) {
            if (parameters == null || parameters.length == 0) {
                return plain;
            }
            MessageFormat parsed = format;
            if (parsed == null) {
                parsed = new MessageFormat(text, locale);
                format = parsed;
            }
            // a format keeps state while it formats: each use has its own copy
            return ((MessageFormat) parsed.clone()).format(parameters);
        }
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return message(context.getLocale(), key).map(m -> m.with(parameters)).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        // a missing key shows itself, so it is noticed instead of leaving a blank
        return "??" + key + "_" + context.getLocale() + "??";
    }

    private static Optional<Message> message(Locale locale, String key) {
        Map<String, Optional<Message>> language = PREPARED.get(locale);
        if (language == null) {
            if (PREPARED.size() >= LANGUAGES_KEPT) {
                return read(locale, key);
            }
            language = PREPARED.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        }
        return language.computeIfAbsent(key, k -> read(locale, k));
    }

    private static Optional<Message> read(Locale locale, String key) {
        try {
            return Optional.of(new Message(bundle(locale).getString(key), locale));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, BundleMessages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * @return the message for {@code key} in {@code locale}, for code that is not a view
     * @throws MissingResourceException if the bundle has no such message
     */
    public static String get(Locale locale, String key, Object... parameters) {
        return message(locale, key).orElseThrow(() -> new MissingResourceException(
                "No message " + key + " in " + locale, BUNDLE, key)).with(parameters);
    }

    /**
     * A message shown without values: translators write apostrophes doubled in every message, as message formatting
     * wants, and here they are shown once.
     */
    static String plain(String message) {
        return message.replace("''", "'");
    }
}
