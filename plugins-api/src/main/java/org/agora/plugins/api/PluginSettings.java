package org.agora.plugins.api;

/**
 * A plugin's company-wide settings: what administrators saved, or the declared defaults.
 *
 * @since 1.1.0
 */
public interface PluginSettings {

    /**
     * @param key a key declared by the plugin's {@link SettingsProvider}
     * @return the saved value, or the declared default
     * @throws IllegalArgumentException for a key the plugin did not declare
     */
    String get(String key);

    /** @return the value of a {@link SettingType#NUMBER} setting */
    default long getNumber(String key) {
        return Long.parseLong(get(key).strip());
    }

    /** @return the value of a {@link SettingType#BOOLEAN} setting */
    default boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key));
    }
}
