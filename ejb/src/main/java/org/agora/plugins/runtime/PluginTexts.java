package org.agora.plugins.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Words a message of a running plugin's bundle for one reader, such as a notification the plugin sent as a message
 * key. Only the plugin's properties files are read; no plugin code runs.
 */
@ApplicationScoped
public class PluginTexts {

    private static final Logger LOG = Logger.getLogger(PluginTexts.class.getName());

    /** The most characters of a plugin's text the host shows, as for a plain notification. */
    public static final int MAX_LENGTH = 300;

    @Inject
    PluginRuntime host;

    /**
     * @param locale the reader's language; the plugin's English (base) bundle when it lacks that language or the key
     * @return the message, at most {@value #MAX_LENGTH} characters; empty when the plugin does not run or its
     *         bundle lacks the key or cannot format the arguments
     */
    public Optional<String> text(String pluginId, String key, List<String> arguments, Locale locale) {
        return host.classLoader(pluginId).flatMap(loader -> {
            try {
                return PluginMessages.of(loader, locale).find(key, arguments.toArray());
            } catch (IllegalArgumentException e) {
                // a pattern such as {0,number} with a text argument: the stored English text is shown instead
                LOG.fine(() -> "Plugin " + pluginId + " message " + key + " does not format: " + e.getMessage());
                return Optional.empty();
            }
        }).map(text -> text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
    }
}
