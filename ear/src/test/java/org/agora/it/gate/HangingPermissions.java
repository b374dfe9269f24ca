package org.agora.it.gate;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/**
 * A top menu entry behind a permission whose declaration never comes: the host has to cut the declaration off
 * to show the menu.
 */
@Extension
public class HangingPermissions implements NavigationContributor, PermissionProvider {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return location == MenuLocation.TOP_NAVIGATION ? List.of(new MenuEntry("Hanging", "/", 50, "hang.see"))
                : List.of();
    }

    @Override
    public List<PermissionDefinition> permissions() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            // the host gave up waiting; nobody reads the answer
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
