package org.agora.calendar;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** Puts "Calendar" in the top navigation (the reader's upcoming events) and in each space's tabs. */
@Extension
public class CalendarMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return switch (location) {
            case TOP_NAVIGATION, SPACE_TABS -> List.of(new MenuEntry("calendar.menu", "/", 55));
            case PROFILE_TABS -> List.of();
        };
    }
}
