package org.agora.calendar;

import java.time.ZoneId;
import java.util.List;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.pf4j.Extension;

/** The company's time zone: the calendars show days in it and new events start in it. */
@Extension
public class CalendarSettings implements SettingsProvider {

    static final String ZONE = "zone";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(ZONE, "settings.zone", SettingType.TEXT, "Europe/Paris"));
    }

    /** @return the company's zone, or UTC while the setting names no zone */
    static ZoneId zone(PluginContext context) {
        try {
            return ZoneId.of(context.settings().get(ZONE).strip());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
