package org.agora.it.gate;

import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.pf4j.Extension;

/** A space tab only for those who hold "gate.space" in that space. */
@Extension
public class GateMenu implements NavigationContributor {

    @Override
    public List<MenuEntry> entries(MenuLocation location) {
        // an if, not a switch: a switch on an enum adds a class the test jar does not carry
        return location == MenuLocation.SPACE_TABS ? List.of(new MenuEntry("gate.tab", "/space", 40, "gate.space"))
                : List.of();
    }
}
