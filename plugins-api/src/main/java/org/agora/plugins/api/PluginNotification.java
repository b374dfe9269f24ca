package org.agora.plugins.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A notification from a plugin to one person, shown in their notification list.
 *
 * <p>Either a plain text ({@link #PluginNotification(long, String, String)}), shown as it is to everyone, or a
 * message of the plugin's bundle ({@link #message(long, String, String, Object...)}), which the host words in the
 * recipient's language each time it shows their list, falling back to the plugin's English bundle.
 *
 * @param recipientId the person to notify
 * @param text        what happened, in plain text (at most 300 characters; the host escapes it); for a message, its
 *                    key
 * @param path        where the notification leads, below the plugin's prefix, such as {@code /page/onboarding}
 * @param messageKey  the key of the message in the plugin's {@code i18n/messages*.properties}, or null for a plain
 *                    text
 * @param arguments   the values of the message's {@code {0}}, {@code {1}}, ... as text (at most 10, each at most
 *                    200 characters); empty for a plain text
 * @param confidential true if only its recipient may ever read it ({@link #asConfidential()}, since 1.3.0)
 * @since 1.1.0
 */
public record PluginNotification(long recipientId, String text, String path, String messageKey,
                                 List<String> arguments, boolean confidential) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public PluginNotification {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        arguments = List.copyOf(arguments);
        if (text.isBlank() || text.length() > 300) {
            throw new IllegalArgumentException("a notification text has 1 to 300 characters");
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("a notification path starts with a single /: " + path);
        }
        if (messageKey != null && !KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException("not a valid message key: " + messageKey);
        }
        if (arguments.size() > 10 || arguments.stream().anyMatch(a -> a.length() > 200)) {
            throw new IllegalArgumentException("a notification message has at most 10 arguments of 200 characters");
        }
    }

    /** A notification that others may learn of, as plugins built for 1.1 and 1.2 make them. */
    public PluginNotification(long recipientId, String text, String path, String messageKey, List<String> arguments) {
        this(recipientId, text, path, messageKey, arguments, false);
    }

    /** A notification in plain text, the same in every language. */
    public PluginNotification(long recipientId, String text, String path) {
        this(recipientId, text, path, null, List.of());
    }

    /**
     * The same notification, for its recipient's eyes only: it shows in their list of notifications and nowhere
     * else: it is not mailed (mails are kept) and copies of their data leave it out. For a notification that would
     * tell others what is kept from them, such as "your idea is under review" sent to the author of an anonymous
     * idea.
     *
     * @return the notification, confidential
     * @since 1.3.0
     */
    public PluginNotification asConfidential() {
        return new PluginNotification(recipientId, text, path, messageKey, arguments, true);
    }

    /**
     * A notification worded by a message of the plugin's bundle, in the recipient's language when they read it.
     *
     * <pre>{@code
     * context.notify(PluginNotification.message(reader.id(), "notify.pageChanged", "/page/rota", page.title()));
     * }</pre>
     *
     * @param recipientId the person to notify
     * @param key         a key of the plugin's {@code i18n/messages*.properties}, such as {@code notify.pageChanged}
     * @param path        where the notification leads, below the plugin's prefix
     * @param arguments   the values of the message's {@code {0}}, {@code {1}}, ..., kept as text
     *                    ({@link String#valueOf(Object)})
     * @return the notification
     * @throws IllegalArgumentException for a key that is not 1 to 100 letters, digits, {@code .}, {@code -} or
     *                                  {@code _}, or too many or too long arguments
     * @since 1.1.0
     */
    public static PluginNotification message(long recipientId, String key, String path, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new PluginNotification(recipientId, key, path, key,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** @return true if the host words this notification from the plugin's bundle */
    public boolean isMessage() {
        return messageKey != null;
    }
}
