package org.agora.surveys;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** Puts "Surveys" in the top navigation and in the tabs of the spaces that use the module. */
@Extension
public class SurveyMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return switch (location) {
            case TOP_NAVIGATION, SPACE_TABS -> List.of(new MenuEntry("survey.menu", "/", 55));
            case PROFILE_TABS -> List.of();
        };
    }
}
