package org.agora.plugins.runtime;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.agora.plugins.api.Messages;

/**
 * A plugin's messages in one language, from {@code i18n/messages*.properties} inside its jar. The JVM's default
 * language is never used as a fallback, so a French reader sees French or the plugin's base (English) text.
 */
public final class PluginMessages implements Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private PluginMessages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** @return the messages of the plugin whose class loader is {@code loader}, possibly none */
    public static PluginMessages of(ClassLoader loader, Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        try {
            return new PluginMessages(language, ResourceBundle.getBundle("i18n.messages", language, loader,
                    NO_FALLBACK));
        } catch (MissingResourceException e) {
            return new PluginMessages(language, null);
        }
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String get(String key, Object... args) {
        return find(key, args).orElse(key);
    }

    /** @return the message, if the bundle has the key */
    public Optional<String> find(String key, Object... args) {
        if (bundle == null || key == null || !bundle.containsKey(key)) {
            return Optional.empty();
        }
        String pattern = bundle.getString(key);
        return Optional.of(args == null || args.length == 0 ? new MessageFormat(pattern, locale).format(null)
                : new MessageFormat(pattern, locale).format(args));
    }
}
