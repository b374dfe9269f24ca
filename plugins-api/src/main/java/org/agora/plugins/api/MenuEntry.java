package org.agora.plugins.api;

import java.util.Objects;

/**
 * One entry in an Agora menu.
 *
 * @param label the text shown (plain text; the host escapes it)
 * @param path  the target below the plugin's prefix, such as {@code /} for the plugin's home
 * @param order the position among plugin entries; lower comes first
 */
public record MenuEntry(String label, String path, int order) {

    public MenuEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a menu path starts with /: " + path);
        }
    }
}
