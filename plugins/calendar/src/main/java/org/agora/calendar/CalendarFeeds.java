package org.agora.calendar;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PublicPageHandler;
import org.agora.plugins.api.PublicRequest;
import org.pf4j.Extension;

/**
 * Each person's subscription feed at {@code /public/m/calendar/feed/{secret}.ics}, for calendar applications (Outlook,
 * Google Calendar, Thunderbird) that cannot sign in to Agora: the secret in the address, which its owner renews or
 * revokes on the sync page, says whose feed it is.
 */
@Extension
public class CalendarFeeds implements PublicPageHandler {

    static final Pattern FEED = Pattern.compile("/feed/([A-Za-z0-9_-]{20,60})\\.ics");

    private final Clock clock;

    /** The feeds as the host serves them, on the system clock. */
    public CalendarFeeds() {
        this(Clock.systemUTC());
    }

    /** The feeds on another clock, for tests. */
    public CalendarFeeds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PageResult handle(PublicRequest request, PluginContext context) {
        Messages messages = context.messages(request.locale());
        Matcher feed = FEED.matcher(request.path());
        if (!feed.matches()) {
            return PageResult.notFound(messages.get("calendar.error.noFeed"));
        }
        return SyncPages.feed(context, messages, clock, feed.group(1));
    }
}
