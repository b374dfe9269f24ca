package org.agora.plugins.api;

import java.util.Objects;

/**
 * One entry in an Agora menu.
 *
 * <p>The host looks the label up as a key in the plugin's message bundle ({@code i18n/messages*.properties}) for
 * the reader's language; a label that is no key there is shown as it is.
 *
 * @param label      a message key of the plugin, or plain text (the host escapes it)
 * @param path       the target below the plugin's prefix, such as {@code /} for the plugin's home
 * @param order      the position among plugin entries; lower comes first
 * @param permission a permission the reader needs to see the entry (see {@link PermissionProvider}), or null
 */
public record MenuEntry(String label, String path, int order, String permission) {

    public MenuEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a menu path starts with /: " + path);
        }
    }

    /** An entry that everyone who sees the menu sees. */
    public MenuEntry(String label, String path, int order) {
        this(label, path, order, null);
    }
}
