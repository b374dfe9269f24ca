package org.agora.plugins.api;

import java.util.Objects;

/**
 * A notification from a plugin to one person, shown in their notification list.
 *
 * @param recipientId the person to notify
 * @param text        what happened, in plain text (at most 300 characters; the host escapes it)
 * @param path        where the notification leads, below the plugin's prefix, such as {@code /page/onboarding}
 * @since 1.1.0
 */
public record PluginNotification(long recipientId, String text, String path) {

    public PluginNotification {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        if (text.isBlank() || text.length() > 300) {
            throw new IllegalArgumentException("a notification text has 1 to 300 characters");
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("a notification path starts with a single /: " + path);
        }
    }
}
