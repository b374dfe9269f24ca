package org.agora.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;

/** The suggestion box on the test kit's in-memory host, with short ways to call it. */
class IdeaFixture {

    static final SpaceRef TEAM = new SpaceRef(7, "team", "Team", true, false);

    final TestHost host = TestHost.forPlugin("suggestion-box")
            .declaring(new IdeaSettings(), new IdeaPermissions(), new IdeaContent());
    final IdeaPages pages = new IdeaPages();
    final Viewer manager = communicator(host.employee("Nina Manager"));
    final Viewer ada = host.employee("Ada Lovelace");
    final Viewer bob = host.employee("Bob Builder");
    final Viewer cleo = host.employee("Cléo Durand");

    private static Viewer communicator(Viewer member) {
        return new Viewer(member.id(), member.name(), member.email(), Set.of("member", "communicator"));
    }

    PageResult send(Requests request) throws Exception {
        return host.handle(pages, request.build());
    }

    PageResult post(Viewer who, String path, String... params) throws Exception {
        Requests r = Requests.post(path).as(who);
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    PageResult get(Viewer who, String path) throws Exception {
        return send(Requests.get(path).as(who));
    }

    /** Submits a company idea and returns its number (its content item's id). */
    long submit(Viewer who, String title, boolean anonymous) throws Exception {
        PageResult r = anonymous ? post(who, "/", "title", title, "description", "Because *" + title + "*",
                "category", "Tools", "anonymous", "true")
                : post(who, "/", "title", title, "description", "Because *" + title + "*", "category", "Tools");
        assertThat(r).as(String.valueOf(r)).isInstanceOf(PageResult.Redirect.class);
        return Long.parseLong(((PageResult.Redirect) r).location().replaceAll("^/i/([0-9]+).*", "$1"));
    }

    Idea idea(long id) {
        return new IdeaStore(host.records()).byContent(id).orElseThrow();
    }

    String render(PageResult result, Viewer viewer, Locale locale) {
        return host.render((PageResult.View) result, viewer, locale);
    }

    static int status(PageResult r) {
        return switch (r) {
            case PageResult.View v -> v.status();
            case PageResult.Redirect ignored -> 303;
            case PageResult.NotFound ignored -> 404;
            case PageResult.BadRequest ignored -> 400;
            case PageResult.Forbidden ignored -> 403;
            default -> 200;
        };
    }

    static String error(PageResult r) {
        return switch (r) {
            case PageResult.View v -> String.valueOf(v.model().get("error"));
            case PageResult.BadRequest b -> b.message();
            case PageResult.Forbidden f -> f.message();
            case PageResult.NotFound n -> n.message();
            default -> "";
        };
    }
}
