package org.agora.plugins.api.content;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of content a plugin publishes, such as a wiki page or an idea.
 *
 * @param key        the type's name inside the plugin, 1 to 40 lower-case letters, digits or {@code -}
 * @param label      a message key of the plugin or plain text: the type's name as cards and search facets show it
 * @param searchable true if the items' title and text are found by Agora's search
 * @since 1.1.0
 */
public record ContentType(String key, String label, boolean searchable) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");

    public ContentType {
        Objects.requireNonNull(label, "label");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a valid content type key: " + key);
        }
    }
}
