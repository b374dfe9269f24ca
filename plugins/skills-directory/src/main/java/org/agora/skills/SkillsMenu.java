package org.agora.skills;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/**
 * Puts "Skills" in the top navigation (find an expert), on every profile (the person's skills) and on the spaces that
 * enable the module (the members' skill matrix).
 */
@Extension
public class SkillsMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return switch (location) {
            case TOP_NAVIGATION -> List.of(new MenuEntry("skills.menu", "/", 60));
            case PROFILE_TABS -> List.of(new MenuEntry("skills.menu", "/person", 60));
            case SPACE_TABS -> List.of(new MenuEntry("skills.menu", "/matrix", 60));
        };
    }
}
