package org.agora.plugins.api.jar;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A plugin jar that Agora would not install, with the reason: a message key (such as {@code error.jar.api}) and its
 * arguments, which the host words in the administrator's language; {@link #getMessage()} words it in English.
 *
 * @since 1.2.0
 */
public class JarRefusedException extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public JarRefusedException(String key, Object... arguments) {
        super(english(key, arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** @return the message key of the reason */
    public String key() {
        return key;
    }

    /** @return the values the message names, such as the plugin's id */
    public List<Object> arguments() {
        return arguments;
    }

    private static String english(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.agora.plugins.api.jar.refusals", Locale.ROOT);
        return bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments)
                : key;
    }
}
