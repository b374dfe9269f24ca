package org.agora.surveys;

import java.util.List;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.pf4j.Extension;

/** The time zone in which opening and closing times are typed and shown, Europe/Paris unless changed. */
@Extension
public class SurveySettings implements SettingsProvider {

    static final String TIME_ZONE = "timeZone";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(TIME_ZONE, "settings.timeZone", SettingType.TEXT, "Europe/Paris"));
    }
}
