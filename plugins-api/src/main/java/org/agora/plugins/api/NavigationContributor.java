package org.agora.plugins.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds entries to Agora's menus.
 *
 * <pre>{@code
 * @Extension
 * public class WikiMenu implements NavigationContributor {
 *     public List<MenuEntry> entries(MenuLocation location) {
 *         return location == MenuLocation.TOP_NAVIGATION ? List.of(new MenuEntry("Wiki", "/", 50)) : List.of();
 *     }
 * }
 * }</pre>
 */
public interface NavigationContributor extends ExtensionPoint {

    /**
     * @param location the menu being drawn
     * @return the entries for that menu, possibly none
     */
    List<MenuEntry> entries(MenuLocation location);
}
