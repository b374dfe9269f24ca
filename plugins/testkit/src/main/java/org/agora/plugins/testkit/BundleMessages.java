package org.agora.plugins.testkit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.agora.plugins.api.Messages;

/** A plugin's messages in one language, read from {@code i18n/messages*.properties} as the host reads its jar. */
final class BundleMessages implements Messages {

    private final Locale locale;
    private final ResourceBundle bundle;

    private BundleMessages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** @return the messages in {@code locale}, English when the language has no bundle; keys when there is none */
    static Messages of(ClassLoader loader, Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("i18n.messages", locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            bundle = null;
        }
        return new BundleMessages(locale, bundle);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String get(String key, Object... args) {
        if (bundle == null || !bundle.containsKey(key)) {
            return key;
        }
        return new MessageFormat(bundle.getString(key), locale).format(args == null ? new Object[0] : args);
    }
}
