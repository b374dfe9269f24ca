package org.agora.plugins.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting of a plugin, which the host shows on the plugin's settings page for administrators (and, for a
 * setting {@code perSpace}, on each space's modules page for its owners).
 *
 * @param key          the setting's name, 1 to 64 letters, digits, {@code .}, {@code -} or {@code _}
 * @param label        a message key of the plugin or plain text, shown next to the input
 * @param type         what the setting holds
 * @param defaultValue the value until an administrator saves another one; it must fit {@code type}
 * @param perSpace     true if each space's owners may set their own value on the space's modules page; the
 *                     company-wide value applies until they do
 * @since 1.1.0
 */
public record SettingDefinition(String key, String label, SettingType type, String defaultValue, boolean perSpace) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public SettingDefinition {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a valid setting key: " + key);
        }
        String problem = problem(type, defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + key + ": " + problem);
        }
    }

    /** A company-wide setting. */
    public SettingDefinition(String key, String label, SettingType type, String defaultValue) {
        this(key, label, type, defaultValue, false);
    }

    /**
     * @param value a value an administrator typed
     * @return what is wrong with it for this setting, in English, or null when it fits
     */
    public String problem(String value) {
        return problem(type, value);
    }

    private static String problem(SettingType type, String value) {
        if (value == null) {
            return "a value is needed";
        }
        return switch (type) {
            case TEXT -> value.length() > 500 ? "at most 500 characters" : null;
            case NUMBER -> value.strip().matches("-?[0-9]{1,18}") ? null : "a whole number is needed";
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "true or false is needed";
        };
    }
}
