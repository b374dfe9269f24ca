package org.agora.plugins.settings;

/**
 * One setting of a plugin as its settings page shows it.
 *
 * @param key   the setting's key, the form field's name
 * @param label the label in the reader's language
 * @param type  {@code TEXT}, {@code NUMBER} or {@code BOOLEAN}
 * @param value the saved value, or the default
 */
public record SettingView(String key, String label, String type, String value) {

    public boolean isOn() {
        return "true".equals(value);
    }
}
