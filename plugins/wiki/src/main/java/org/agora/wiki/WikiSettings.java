package org.agora.wiki;

import java.util.List;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.pf4j.Extension;

/** The wiki's one setting: a text administrators put at the top of the company wiki's home page. */
@Extension
public class WikiSettings implements SettingsProvider {

    static final String INTRO = "home.intro";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(INTRO, "settings.intro", SettingType.TEXT, ""));
    }
}
