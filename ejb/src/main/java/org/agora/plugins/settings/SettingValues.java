package org.agora.plugins.settings;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.SettingDefinition;

/**
 * The values of a plugin's settings in one place: a space's own value for a setting declared per space, else the
 * company-wide value administrators saved, else the declared default.
 *
 * @param declared what the plugin declares
 * @param company  the company-wide values saved, by key
 * @param space    the space's own values saved, by key; empty outside spaces
 */
public record SettingValues(List<SettingDefinition> declared, Map<String, String> company,
                            Map<String, String> space) {

    public SettingValues {
        declared = List.copyOf(declared);
        company = Map.copyOf(company);
        space = Map.copyOf(space);
    }

    /**
     * @return the value of one setting
     * @throws IllegalArgumentException if the plugin did not declare it
     */
    public String value(String key) {
        return value(declared.stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plugin declares no setting " + key)));
    }

    /** @return the value of a declared setting */
    public String value(SettingDefinition d) {
        // a value saved for a space while the setting was per space no longer counts once the plugin says otherwise
        String own = d.perSpace() ? space.get(d.key()) : null;
        return own != null ? own : company.getOrDefault(d.key(), d.defaultValue());
    }

    /** @return the settings that each space may set for itself, in order */
    public List<SettingDefinition> perSpace() {
        return declared.stream().filter(SettingDefinition::perSpace).toList();
    }
}
