package org.agora.calendar;

import java.util.List;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.pf4j.Extension;

/** The calendar's content type: an event of the company or of a space, a card in its feed, found by search. */
@Extension
public class CalendarContent implements ContentTypeProvider {

    static final String EVENT = "event";

    @Override
    public List<ContentType> contentTypes() {
        return List.of(new ContentType(EVENT, "content.event", true));
    }
}
