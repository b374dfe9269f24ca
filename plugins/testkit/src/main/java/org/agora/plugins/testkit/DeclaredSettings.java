package org.agora.plugins.testkit;

import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.api.SpaceRef;

/** The settings a plugin declares, with the values its administrator and space owners saved, for {@link TestHost}. */
final class DeclaredSettings {

    private final String pluginId;
    private final Map<String, SettingDefinition> definitions = new HashMap<>();
    private final Map<String, String> saved = new HashMap<>();
    private final Map<Long, Map<String, String>> spaceSaved = new HashMap<>();

    DeclaredSettings(String pluginId) {
        this.pluginId = pluginId;
    }

    void declare(SettingsProvider provider) {
        provider.settings().forEach(d -> definitions.put(d.key(), d));
    }

    /** @throws IllegalArgumentException for an undeclared key or a value that does not fit its type */
    void save(String key, String value) {
        checked(key, value);
        saved.put(key, value);
    }

    /** @throws IllegalArgumentException for an undeclared key, a company-wide setting or a value that does not fit */
    void saveForSpace(long spaceId, String key, String value) {
        if (!definition(key).perSpace()) {
            throw new IllegalArgumentException(key + " is a company-wide setting");
        }
        checked(key, value);
        spaceSaved.computeIfAbsent(spaceId, id -> new HashMap<>()).put(key, value);
    }

    /** @return the company-wide values, as {@code PluginContext.settings()} gives them */
    PluginSettings companyWide() {
        return key -> saved.getOrDefault(key, definition(key).defaultValue());
    }

    /** @return a space's values, as {@code PluginContext.settings(space)} gives them */
    PluginSettings in(SpaceRef space) {
        return key -> {
            SettingDefinition d = definition(key);
            String own = d.perSpace() ? spaceSaved.getOrDefault(space.id(), Map.of()).get(key) : null;
            return own != null ? own : saved.getOrDefault(key, d.defaultValue());
        };
    }

    private void checked(String key, String value) {
        String problem = definition(key).problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(key + ": " + problem);
        }
    }

    private SettingDefinition definition(String key) {
        SettingDefinition d = definitions.get(key);
        if (d == null) {
            throw new IllegalArgumentException("plugin " + pluginId + " declares no setting " + key);
        }
        return d;
    }
}
