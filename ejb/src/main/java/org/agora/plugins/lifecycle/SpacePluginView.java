package org.agora.plugins.lifecycle;

import java.util.List;
import org.agora.plugins.settings.SettingView;

/**
 * A plugin as a space's owners and managers see it on the space's modules page.
 *
 * @param id       the plugin id
 * @param version  the installed version
 * @param forcing  the administrators' decision, which wins over the owner's
 * @param chosen   the owner's choice: true for on, which is also the default
 * @param active   true if the plugin's pages work in this space
 * @param settings the plugin's settings declared per space, with the values that apply in this space
 */
public record SpacePluginView(String id, String version, Forcing forcing, boolean chosen, boolean active,
                              List<SettingView> settings) {

    public SpacePluginView {
        settings = List.copyOf(settings);
    }

    /** @return true if the owner's choice counts, that is no administrator forced the plugin on or off */
    public boolean ownerDecides() {
        return forcing == Forcing.NONE;
    }
}
