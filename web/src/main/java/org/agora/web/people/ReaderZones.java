package org.agora.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.agora.settings.TimeZoneService;
import org.agora.settings.model.TimeZones;
import org.agora.web.security.CurrentUser;
import org.agora.web.views.Dates;

/**
 * The reader's time zone for views ({@code zones} in templates): the list to choose from, the zone in use, and
 * whether to offer the browser's zone, which a person who never chose one is offered on their next page.
 */
@Named("zones")
@RequestScoped
public class ReaderZones {

    @Inject
    CurrentUser current;

    @Inject
    TimeZoneService zones;

    @Inject
    Dates dates;

    public List<String> choices() {
        return TimeZones.choices();
    }

    /** @return the zone the reader's dates are shown in */
    public String current() {
        return dates.reader().zone().getId();
    }

    /** @return the company's zone, for those who choose none */
    public String company() {
        return zones.companyZone().getId();
    }

    /** @return true if the reader is signed in and never chose a zone */
    public boolean offered() {
        return current.person().map(p -> zones.chosen(p.id()).isEmpty()).orElse(false);
    }
}
