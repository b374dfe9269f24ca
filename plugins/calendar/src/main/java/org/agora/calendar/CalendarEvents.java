package org.agora.calendar;

import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.pf4j.Extension;

/**
 * Hears that the host removed one of the calendar's items (a moderator deleted the card, or its space went): the
 * event goes with what hangs on it.
 */
@Extension
public class CalendarEvents implements HostEventListener {

    @Override
    public void on(HostEvent event, PluginContext context) {
        if (event instanceof ContentRemoved removed) {
            EventStore store = new EventStore(context.records());
            store.byContent(removed.contentId()).ifPresent(store::delete);
        }
    }
}
