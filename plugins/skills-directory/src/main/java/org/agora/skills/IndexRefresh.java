package org.agora.skills;

import java.time.Duration;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * Builds the index in the background, every 30 seconds if the records changed behind it (another server, an
 * erasure): pages of a large directory leave it to this task, since reading 150,000 declarations page by page
 * takes longer than a page's time limit. It also reads again the directory cards older than
 * {@link Directory#CARDS_FRESH}, which bring in a new department or a location shown or hidden.
 */
@Extension
public class IndexRefresh implements PeriodicTask {

    @Override
    public Duration interval() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofMinutes(5);
    }

    @Override
    public void run(PluginContext context) {
        Directory.build(context);
    }
}
