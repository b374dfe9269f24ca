package org.agora.plugins.lifecycle;

import java.util.List;
import org.agora.spaces.SpaceView;

/** A space and the plugins its owner may turn on or off there. */
public record SpacePlugins(SpaceView space, List<SpacePluginView> plugins) {

    public SpacePlugins {
        plugins = List.copyOf(plugins);
    }
}
