package org.agora.it.plugins;

import java.util.Map;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.UpgradeHook;
import org.pf4j.Extension;

/** The upgrade hook of the test plugins: a record per upgrade, so a test sees that it ran, once, and from where. */
@Extension
public class SampleUpgrade implements UpgradeHook {

    @Override
    public void upgrade(String previousVersion, PluginContext context) {
        context.records().create("upgrades", Map.of("from", previousVersion));
    }
}
