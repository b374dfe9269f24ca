package org.agora.wiki;

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

/** A wiki on the test kit's in-memory host, with a clock the tests move, and short ways to call it. */
class WikiFixture {

    static final Viewer ADA = TestHost.viewer(1, "Ada Lovelace", "member");
    static final Viewer BOB = TestHost.viewer(3, "Bob Builder", "member");
    static final SpaceRef TEAM = new SpaceRef(7, "team", "Team", true, false);

    final MovingClock clock = new MovingClock();
    final TestHost host = TestHost.forPlugin("wiki")
            .declaring(new WikiSettings(), new WikiPermissions(), new WikiContent());
    final WikiPages wiki = new WikiPages(clock);

    PageResult send(Requests request) throws Exception {
        return host.handle(wiki, request.build());
    }

    PageResult get(String path) throws Exception {
        return send(Requests.get(path).as(ADA));
    }

    PageResult post(String path, String... params) throws Exception {
        return post(ADA, path, params);
    }

    PageResult post(Viewer who, String path, String... params) throws Exception {
        Requests r = Requests.post(path).as(who);
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    /** Creates a page in the company wiki and returns its slug. */
    String create(String title, String text) throws Exception {
        PageResult r = post("/new", "title", title, "text", text);
        assertThat(r).isInstanceOf(PageResult.Redirect.class);
        return ((PageResult.Redirect) r).location().replaceFirst("^/page/", "").replaceFirst("\\?.*", "");
    }

    /** Saves a page of the company wiki from its current revision. */
    PageResult edit(Viewer who, String slug, String title, String text, String comment) throws Exception {
        return post(who, "/page/" + slug + "/edit", "title", title, "text", text, "comment", comment,
                "base", String.valueOf(page(slug).revision()));
    }

    WikiPage page(String slug) {
        return new WikiStore(host.records(), 0).bySlug(slug).orElseThrow();
    }

    static PageResult.View view(PageResult result) {
        assertThat(result).isInstanceOf(PageResult.View.class);
        return (PageResult.View) result;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(PageResult result, String key) {
        return (List<T>) view(result).model().get(key);
    }

    static Map<String, Object> model(PageResult result) {
        return view(result).model();
    }

    /** A clock that stands still until a test moves it. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
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
