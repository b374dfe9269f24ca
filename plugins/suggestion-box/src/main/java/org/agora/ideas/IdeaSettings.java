package org.agora.ideas;

import java.util.Arrays;
import java.util.List;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.pf4j.Extension;

/**
 * Each box's categories and whether it takes anonymous ideas. Both are per space: a space's owners and moderators
 * (its box's managers) set them on the space's modules page, administrators set the company box's.
 */
@Extension
public class IdeaSettings implements SettingsProvider {

    static final String CATEGORIES = "categories";
    static final String ANONYMOUS = "anonymous";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(CATEGORIES, "settings.categories", SettingType.TEXT,
                        "Workplace, Tools, Processes, Customers", true),
                new SettingDefinition(ANONYMOUS, "settings.anonymous", SettingType.BOOLEAN, "true", true));
    }

    /** @return the box's categories, as the comma-separated setting lists them */
    static List<String> categories(PluginSettings settings) {
        String value = settings.get(CATEGORIES);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).distinct().toList();
    }
}
