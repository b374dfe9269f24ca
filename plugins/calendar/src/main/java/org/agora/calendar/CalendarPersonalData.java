package org.agora.calendar;

import java.util.ArrayList;
import java.util.List;
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
    public String export(long personId, PluginContext context) {
        List<Event> events = organised(context, personId);
        if (events.isEmpty()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (Event e : events) {
            items.add("{\"title\":" + Json.quote(e.title()) + ",\"calendar\":" + Json.quote(e.calendar().key())
                    + ",\"start\":" + Json.quote(e.start().toString()) + ",\"end\":" + Json.quote(e.end().toString())
                    + ",\"zone\":" + Json.quote(e.zone().getId()) + ",\"place\":" + Json.quote(e.place())
                    + ",\"repeats\":" + Json.quote(e.rrule()) + ",\"description\":" + Json.quote(e.markdown()) + "}");
        }
        return "{\"eventsOrganised\":[" + String.join(",", items) + "]}";
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
