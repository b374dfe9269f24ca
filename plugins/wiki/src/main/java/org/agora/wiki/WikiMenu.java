package org.agora.wiki;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** Puts "Wiki" in the top navigation and in each space's tabs; the label is translated from the wiki's bundle. */
@Extension
public class WikiMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return switch (location) {
            case TOP_NAVIGATION, SPACE_TABS -> List.of(new MenuEntry("wiki.menu", "/", 50));
            case PROFILE_TABS -> List.of();
        };
    }
}
