package org.agora.it.gate;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.pf4j.Extension;

/** A company permission held by communicators, a space permission held by space managers, and three settings. */
@Extension
public class GateDeclarations implements PermissionProvider, SettingsProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("gate.open", "gate.permission.open", Set.of("communicator")),
                new PermissionDefinition("gate.space", "gate.permission.space", Set.of("space-manager")));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition("color", "gate.setting.color", SettingType.TEXT, "blue", true),
                new SettingDefinition("size", "gate.setting.size", SettingType.NUMBER, "3", true),
                new SettingDefinition("title", "gate.setting.title", SettingType.TEXT, "Gate"));
    }
}
