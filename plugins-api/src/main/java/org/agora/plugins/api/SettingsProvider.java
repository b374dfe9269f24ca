package org.agora.plugins.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares a plugin's settings. The host generates the settings page ({@code /admin/plugin-settings/{plugin-id}})
 * from them, stores what administrators save, and gives the values back through {@link PluginContext#settings()}.
 * Settings declared {@link SettingDefinition#perSpace()} also appear on each space's modules page, and
 * {@link PluginContext#settings(SpaceRef)} gives a space's own value. The host asks once per plugin start.
 *
 * <pre>{@code
 * @Extension
 * public class WikiSettings implements SettingsProvider {
 *     public List<SettingDefinition> settings() {
 *         return List.of(new SettingDefinition("home.intro", "settings.intro", SettingType.TEXT, ""));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface SettingsProvider extends ExtensionPoint {

    /** @return the settings, in the order the page shows them */
    List<SettingDefinition> settings();
}
