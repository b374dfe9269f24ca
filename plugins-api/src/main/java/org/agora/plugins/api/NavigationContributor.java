package org.agora.plugins.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds entries to Agora's menus. Agora draws the top menu on every page, so it keeps what a plugin answered for a
 * menu for up to a minute, and asks again once the plugin restarts: the entries should depend on the menu alone.
 * Agora leaves out, for each reader, an entry whose {@link MenuEntry#permission() permission} that reader lacks.
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
