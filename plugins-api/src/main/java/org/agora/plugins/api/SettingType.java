package org.agora.plugins.api;

/**
 * The kind of value of a plugin setting, which decides the input the settings page shows and what it accepts.
 *
 * @since 1.1.0
 */
public enum SettingType {
    /** One line of text, at most 500 characters. */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** Yes or no, stored as {@code true} or {@code false}. */
    BOOLEAN
}
