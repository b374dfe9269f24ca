package org.agora.skills;

import java.time.Duration;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * Builds the index in the background, every minute if the records changed behind it (another server, an erasure),
 * so that a page rarely has to build it itself within a page's time limit: reading 150,000 declarations page by
 * page takes longer than that.
 */
@Extension
public class IndexRefresh implements PeriodicTask {

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofMinutes(5);
    }

    @Override
    public void run(PluginContext context) {
        Directory.index(context);
    }
}
