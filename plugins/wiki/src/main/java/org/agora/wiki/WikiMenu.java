package org.agora.wiki;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** Puts "Wiki" in the top navigation. */
@Extension
public class WikiMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return location == MenuLocation.TOP_NAVIGATION ? List.of(new MenuEntry("Wiki", "/", 50)) : List.of();
    }
}
