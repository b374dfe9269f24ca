package org.agora.ideas;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** Puts "Ideas" in the top navigation (the company box) and in the tabs of spaces that use the module. */
@Extension
public class IdeaMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return switch (location) {
            case TOP_NAVIGATION, SPACE_TABS -> List.of(new MenuEntry("ideas.menu", "/", 56));
            case PROFILE_TABS -> List.of();
        };
    }
}
