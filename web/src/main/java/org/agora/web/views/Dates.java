package org.agora.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.agora.requests.PerRequest;
import org.agora.settings.TimeZoneService;
import org.agora.web.security.CurrentUser;

/**
 * Dates as views show them ({@code dates} in templates), in the reader's language and time zone (see
 * {@link ReaderDates}); plugin templates get the same through {@link #reader()}.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    @Inject
    MvcContext mvc;

    @Inject
    CurrentUser current;

    @Inject
    TimeZoneService zones;

    @Inject
    PerRequest perRequest;

    public String format(Instant when) {
        return reader().format(when);
    }

    /** @return day and time in the reader's zone, however recent, for the title of a relative date */
    public String day(Instant when) {
        return reader().day(when);
    }

    /** @return day and time to the second, for a moment to come such as a plugin's next try */
    public String exact(Instant when) {
        return reader().exact(when);
    }

    /** @return the dates of the reader of this request, as a value that outlives it */
    public ReaderDates reader() {
        return new ReaderDates(mvc.getLocale(), zone(), Clock.systemUTC());
    }

    // asked for each date of a page: found once per request
    private ZoneId zone() {
        long reader = current.person().map(p -> p.id()).orElse(0L);
        return perRequest.remember(new PerRequest.Key("reader's time zone", reader),
                () -> reader == 0 ? zones.companyZone() : zones.zoneOf(reader));
    }
}
