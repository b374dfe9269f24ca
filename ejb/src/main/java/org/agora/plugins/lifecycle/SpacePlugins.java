package org.agora.plugins.lifecycle;

import java.util.List;
import org.agora.spaces.SpaceView;

/** A space and its modules: the plugins its owner may turn on or off there, with their per-space settings. */
public record SpacePlugins(SpaceView space, List<SpacePluginView> plugins) {

    public SpacePlugins {
        plugins = List.copyOf(plugins);
    }
}
