package org.agora.it.probe;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** A tab on spaces and profiles, and a top entry only for people with the "probe.secret" permission. */
@Extension
public class ProbeMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return switch (location) {
            case SPACE_TABS -> List.of(new MenuEntry("probe.tab", "/board", 10));
            case PROFILE_TABS -> List.of(new MenuEntry("probe.profileTab", "/card", 10));
            case TOP_NAVIGATION -> List.of(new MenuEntry("probe.secretMenu", "/secret", 99, "probe.secret"));
        };
    }
}
