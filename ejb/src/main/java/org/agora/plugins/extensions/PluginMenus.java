package org.agora.plugins.extensions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginMessages;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.extensions.PluginMenuEntry;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.api.Viewer;

/**
 * The menu entries of running plugins for one reader: labels in the reader's language, entries whose permission
 * the reader lacks left out, and for tabs the space or person added to the address.
 */
@ApplicationScoped
public class PluginMenus {

    private static final Logger LOG = Logger.getLogger(PluginMenus.class.getName());

    @Inject
    PluginRuntime host;

    @Inject
    PluginPermissions permissions;

    /**
     * @param location the menu
     * @param viewer   the reader
     * @param locale   the reader's language
     * @param query    what the host adds to each address, such as {@code ?person=12}, or empty
     * @return the entries, in order, leaving out those whose company-wide permission the reader lacks
     */
    public List<PluginMenuEntry> entries(MenuLocation location, Viewer viewer, Locale locale, String query) {
        return entries(location, locale, query,
                (pluginId, permission) -> permissions.permitted(pluginId, viewer, permission));
    }

    /**
     * @return the tabs of a space's page, leading to {@code ?space=ID}, leaving out those whose permission the reader
     *         lacks in that space, where space members and managers hold their space roles
     */
    public List<PluginMenuEntry> spaceTabs(Viewer viewer, Locale locale, long spaceId) {
        return entries(MenuLocation.SPACE_TABS, locale, "?space=" + spaceId,
                (pluginId, permission) -> permissions.permitted(pluginId, viewer, spaceId, permission));
    }

    private List<PluginMenuEntry> entries(MenuLocation location, Locale locale, String query,
                                          BiPredicate<String, String> permitted) {
        List<PluginMenuEntry> entries = new ArrayList<>();
        for (PluginExtension<NavigationContributor> c : host.extensions(NavigationContributor.class)) {
            try {
                // time-limited: a plugin that hangs here must not hang every page
                List<MenuEntry> mine = host.call(c.pluginId(), () -> c.extension().entries(location));
                PluginMessages messages = PluginMessages.of(c.loader(), locale);
                for (MenuEntry e : mine) {
                    if (e.permission() == null || permitted.test(c.pluginId(), e.permission())) {
                        entries.add(new PluginMenuEntry(c.pluginId(), messages.find(e.label()).orElse(e.label()),
                                "/m/" + c.pluginId() + e.path() + query, e.order()));
                    }
                }
            } catch (PluginFailedException e) {
                // the host logged why; a suspended plugin is left out of every page's menu until it runs again
                LOG.fine(() -> "Plugin " + c.pluginId() + " gave no " + location + " menu: " + e.getMessage());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + c.pluginId() + " failed to give its " + location + " menu", e);
            }
        }
        entries.sort(Comparator.comparingInt(PluginMenuEntry::order).thenComparing(PluginMenuEntry::label));
        return entries;
    }
}
