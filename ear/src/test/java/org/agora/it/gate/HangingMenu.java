package org.agora.it.gate;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** Menu entries that never come: every page asks for them while drawing its navigation. */
@Extension
public class HangingMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            // the host gave up waiting; nobody reads the answer
            Thread.currentThread().interrupt();
        }
        return List.of(new MenuEntry("Never shown", "/", 50));
    }
}
