package org.agora.surveys;

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

/** Surveys on the test kit's in-memory host, with a clock the tests move, and short ways to call them. */
class SurveyFixture {

    static final Viewer ADA = TestHost.viewer(1, "Ada Lovelace", "member", "communicator");
    static final Viewer BOB = TestHost.viewer(3, "Bob Builder", "member");
    static final SpaceRef TEAM = new SpaceRef(7, "team", "Team", true, false);

    final MovingClock clock = new MovingClock();
    final TestHost host = TestHost.forPlugin("surveys")
            .declaring(new SurveySettings(), new SurveyPermissions(), new SurveyContent());
    final SurveyPages pages = new SurveyPages(clock);

    PageResult send(Requests request) throws Exception {
        return host.handle(pages, request.build());
    }

    PageResult get(Viewer who, String path) throws Exception {
        return send(Requests.get(path).as(who));
    }

    PageResult post(Viewer who, String path, String... params) throws Exception {
        Requests r = Requests.post(path).as(who);
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    /** Creates a company draft as Ada and returns its id. */
    long draft(String title) throws Exception {
        PageResult r = post(ADA, "/new", "title", title, "description", "Tell us *everything*.");
        assertThat(r).isInstanceOf(PageResult.Redirect.class);
        return Long.parseLong(((PageResult.Redirect) r).location().replaceAll("^/s/([0-9]+)/edit.*", "$1"));
    }

    PageResult addQuestion(long id, String type, String text, String options) throws Exception {
        return post(ADA, "/s/" + id + "/questions", "type", type, "text", text, "required", "true",
                "options", options);
    }

    PageResult settings(long id, boolean anonymous, boolean editable, boolean live, String closes)
            throws Exception {
        return post(ADA, "/s/" + id + "/settings", "title", survey(id).title(), "description", "",
                "anonymous", String.valueOf(anonymous), "editable", String.valueOf(editable),
                "live", String.valueOf(live), "closesAt", closes);
    }

    /** A published company survey by Ada with a single choice, a rating and a free text question. */
    long published(boolean anonymous, boolean editable) throws Exception {
        long id = draft("Team pulse");
        settings(id, anonymous, editable, false, "");
        addQuestion(id, "single", "Office or home?", "Office\nHome");
        addQuestion(id, "rating", "How is the week?", "");
        post(ADA, "/s/" + id + "/questions", "type", "text", "text", "Anything else?", "options", "");
        assertThat(post(ADA, "/s/" + id + "/publish")).isInstanceOf(PageResult.Redirect.class);
        return id;
    }

    PageResult answer(Viewer who, long id, String... params) throws Exception {
        return post(who, "/s/" + id + "/answer", params);
    }

    Survey survey(long id) {
        return new SurveyStore(host.records()).get(id).orElseThrow();
    }

    static Viewer person(long id) {
        return TestHost.viewer(id, "Person " + id, "member");
    }

    static PageResult.View view(PageResult result) {
        assertThat(result).isInstanceOf(PageResult.View.class);
        return (PageResult.View) result;
    }

    static Map<String, Object> model(PageResult result) {
        return view(result).model();
    }

    static int status(PageResult result) {
        return view(result).status();
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(PageResult result, String key) {
        return (List<T>) model(result).get(key);
    }

    /** A clock that stands still until a test moves it. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-02T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
