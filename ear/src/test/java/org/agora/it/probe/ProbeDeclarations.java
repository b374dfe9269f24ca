package org.agora.it.probe;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.pf4j.Extension;

/** The probe's settings and its one permission, held by communicators (and administrators). */
@Extension
public class ProbeDeclarations implements SettingsProvider, PermissionProvider {

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition("greeting", "probe.setting.greeting", SettingType.TEXT, "Hello"),
                new SettingDefinition("size", "probe.setting.size", SettingType.NUMBER, "5"),
                new SettingDefinition("loud", "probe.setting.loud", SettingType.BOOLEAN, "false"));
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("probe.secret", "probe.permission", Set.of("communicator")));
    }
}
