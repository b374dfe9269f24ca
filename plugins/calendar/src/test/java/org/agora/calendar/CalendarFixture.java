package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;

/** A calendar on the test kit's in-memory host, with a clock the tests move, and short ways to call it. */
class CalendarFixture {

    static final Viewer ADA = TestHost.viewer(1, "Ada Lovelace", "member");
    static final Viewer BOB = TestHost.viewer(3, "Bob Builder", "member");
    static final Viewer CLEO = TestHost.viewer(4, "Cleo Cole", "member");
    static final Viewer DAN = TestHost.viewer(5, "Dan Dare", "member");
    static final Viewer GRACE = TestHost.viewer(6, "Grace Comms", "member", "communicator");
    static final SpaceRef TEAM = new SpaceRef(7, "team", "Team", true, false);
    static final SpaceRef TEAM_OUTSIDER = new SpaceRef(7, "team", "Team", false, false);

    final MovingClock clock = new MovingClock();
    final TestHost host = TestHost.forPlugin("calendar")
            .declaring(new CalendarPermissions(), new CalendarContent());
    final CalendarPages calendar = new CalendarPages(clock);

    {
        // a company in Paris, whose people read times there unless they chose another zone
        host.people().companyZone(ZoneId.of("Europe/Paris"));
    }

    PageResult send(Requests request) throws Exception {
        return host.handle(calendar, request.build());
    }

    PageResult get(Viewer who, String path) throws Exception {
        return send(Requests.get(path).as(who));
    }

    PageResult post(Viewer who, SpaceRef space, String path, String... params) throws Exception {
        Requests r = Requests.post(path).as(who);
        if (space != null) {
            r.inSpace(space);
        }
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    /** The fields of a valid one-hour event on 10 March 2026 at 9:00 in Paris, followed by {@code more}. */
    static String[] event(String title, String... more) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("title", title, "startDate", "2026-03-10",
                "startTime", "09:00", "endDate", "2026-03-10", "endTime", "10:00", "zone", "Europe/Paris",
                "repeat", "none"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields.entrySet().stream().flatMap(f -> java.util.stream.Stream.of(f.getKey(), f.getValue()))
                .toArray(String[]::new);
    }

    /** Creates an event in a space (or a personal one without) and returns it. */
    Event create(Viewer who, SpaceRef space, String title, String... more) throws Exception {
        PageResult r = post(who, space, "/new", event(title, more));
        assertThat(r).isInstanceOf(PageResult.Redirect.class);
        String uid = ((PageResult.Redirect) r).location().replaceFirst("^/event/", "").replaceFirst("\\?.*", "");
        return new EventStore(host.records()).byUid(uid).orElseThrow();
    }

    Event reload(Event e) {
        return new EventStore(host.records()).byUid(e.uid()).orElseThrow();
    }

    static PageResult.View view(PageResult result) {
        assertThat(result).isInstanceOf(PageResult.View.class);
        return (PageResult.View) result;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> errors(PageResult result) {
        return (Map<String, String>) view(result).model().get("errors");
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(PageResult result, String key) {
        return (List<T>) view(result).model().get(key);
    }

    /** A clock that stands still until a test moves it. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
