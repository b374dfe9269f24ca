package org.agora.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.pf4j.Extension;

/**
 * The calendar's part of the GDPR. A person's export lists the events they organise and their personal events; their
 * answers, reminders and feed address are records they own, which the host exports and erases itself. Erasing a
 * person deletes their personal calendar and takes their name off the shared events they organised, which stay
 * for the people attending.
 */
@Extension
public class CalendarPersonalData implements PersonalDataHandler {

    @Override
    public Object exportData(long personId, PluginContext context) {
        List<Event> events = organised(context, personId);
        if (events.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Event e : events) {
            items.add(Map.of("title", e.title(), "calendar", e.calendar().key(), "start", e.start(),
                    "end", e.end(), "zone", e.zone().getId(), "place", e.place(), "repeats", e.rrule(),
                    "description", e.markdown()));
        }
        return Map.of("eventsOrganised", items);
    }

    @Override
    public void erase(long personId, PluginContext context) {
        EventStore store = new EventStore(context.records());
        for (Event e : organised(context, personId)) {
            if (e.shared()) {
                store.update(e.anonymous());
            } else {
                store.delete(e);
            }
        }
    }

    private static List<Event> organised(PluginContext context, long personId) {
        return new EventStore(context.records()).all(RecordQuery.in(Event.COLLECTION)
                .where("organiserId", String.valueOf(personId)));
    }

}
