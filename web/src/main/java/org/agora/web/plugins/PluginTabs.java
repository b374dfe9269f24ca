package org.agora.web.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import java.util.List;
import org.agora.plugins.runtime.PluginPages;
import org.agora.plugins.extensions.PluginMenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.extensions.PluginMenus;
import org.agora.web.security.CurrentUser;

/**
 * The tabs plugins add to space pages and profiles, available to views as {@code pluginTabs}; views ask only
 * where the reader may read the space, and the plugin page checks the space again.
 */
@Named("pluginTabs")
@RequestScoped
public class PluginTabs {

    @Inject
    PluginMenus menus;

    @Inject
    PluginPages host;

    @Inject
    CurrentUser current;

    @Inject
    MvcContext mvc;

    /**
     * @return the tabs of a space's page, leading to {@code /m/{plugin}/...?space=ID}, of the plugins active in
     *         that space
     */
    public List<PluginMenuEntry> space(long spaceId) {
        return menus.spaceTabs(current.viewer(), mvc.getLocale(), spaceId).stream().filter(tab -> host.activeIn(tab.pluginId(), spaceId)).toList();
    }

    /** @return the name a module shows under in the space, as on its tab; its id when it has no tab */
    public String name(long spaceId, String pluginId) {
        return menus.spaceTabs(current.viewer(), mvc.getLocale(), spaceId).stream()
                .filter(tab -> tab.pluginId().equals(pluginId)).map(PluginMenuEntry::label).findFirst()
                .orElse(pluginId);
    }

    /** @return the tabs of a profile, leading to {@code /m/{plugin}/...?person=ID} */
    public List<PluginMenuEntry> profile(long personId) {
        return menus.entries(MenuLocation.PROFILE_TABS, current.viewer(), mvc.getLocale(), "?person=" + personId);
    }
}
