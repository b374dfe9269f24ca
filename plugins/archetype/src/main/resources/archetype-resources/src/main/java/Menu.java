package ${package};

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** An entry in Agora's top navigation; its label is a key of the plugin's messages. */
@Extension
public class Menu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        return location == MenuLocation.TOP_NAVIGATION ? List.of(new MenuEntry("${pluginId}.menu", "/", 60))
                : List.of();
    }
}
