package org.agora.it.plugins;

import java.util.Map;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Plugin;

/** The plugin class of the test plugins, with the upgrade hook the host calls once per new version. */
public class SamplePlugin extends Plugin {

    /** Leaves a record per upgrade, so a test sees that the hook ran, once, and from which version. */
    public void upgrade(String previousVersion, PluginContext context) {
        context.records().create("upgrades", Map.of("from", previousVersion));
    }
}
