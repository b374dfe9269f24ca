package org.agora.it.notes;

import java.util.Map;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.pf4j.Extension;

/** Keeps the items the host removed, as a plugin drops their payload. */
@Extension
public class NotesListener implements HostEventListener {

    @Override
    public void on(HostEvent event, PluginContext context) {
        if (event instanceof ContentRemoved removed) {
            context.records().create("removed", Map.of("content", String.valueOf(removed.contentId()),
                    "type", removed.type()));
        }
    }
}
