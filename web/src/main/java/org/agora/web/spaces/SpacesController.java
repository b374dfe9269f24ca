package org.agora.web.spaces;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.agora.attachments.AttachmentService;
import org.agora.database.Retries;
import org.agora.engagement.EngagementService;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedQueries;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.PostText;
import org.agora.follows.FollowService;
import org.agora.follows.model.Follow;
import org.agora.spaces.SpaceMembership;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.spaces.model.SpaceKind;
import org.agora.validation.InvalidInputException;
import org.agora.web.attachments.RepeatableUploads;
import org.agora.web.attachments.Uploads;
import org.agora.web.forms.Refusals;
import org.agora.web.notices.Done;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/** The list of spaces, creating a space, a space's page and feed, and joining or leaving it. */
@Controller
@Path("spaces")
@Produces(MediaType.TEXT_HTML)
public class SpacesController {

    /** How many members a space's page names. */
    static final int SIDEBAR_MEMBERS = 12;

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    private static final String SLUG = "{slug: [a-z0-9-]{1,90}}";

    @Inject
    FollowService follows;

    @Inject
    Models models;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceMembership membership;

    @Inject
    PostService posts;

    @Inject
    FeedQueries feeds;

    @Inject
    EngagementService engagement;

    @Inject
    CurrentUser current;

    @Inject
    MultipartCsrf csrf;

    @Inject
    AttachmentService attachments;

    @GET
    public String list() {
        models.put("spaces", spaces.directory(me()));
        models.put("kinds", SpaceKind.values());
        models.put("errors", Map.of());
        models.put("section", "spaces");
        return "spaces/list.html";
    }

    @POST
    @CsrfProtected
    public Response create(@FormParam("name") String name, @FormParam("description") String description,
                           @FormParam("kind") String kind) {
        try {
            SpaceView space = spaces.create(me(), name, description, kind(kind));
            return Done.seeOther("/spaces/" + space.slug(), "space");
        } catch (InvalidInputException e) {
            list();
            return refusals.keep("name", name).keep("description", description).keep("kind", kind)
                    .showByField("spaces/list.html", e);
        }
    }

    private static SpaceKind kind(String kind) {
        try {
            return kind == null ? null : SpaceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GET
    @Path(SLUG)
    public String space(@PathParam("slug") String slug, @QueryParam("before") Long before) {
        SpaceView space = spaces.find(slug, me());
        models.put("space", space);
        models.put("following", follows.follows(me(), Follow.Kind.SPACE, space.id()));
        if (space.access().canRead()) {
            FeedPage feed = feeds.spaceFeed(space.id(), me(), before);
            models.put("feed", feed);
            models.put("engagement", engagement.forPosts(feed.posts().stream().map(PostView::id).toList(), me()));
            // a big space's page names a few members; its members page lists them all
            models.put("members", membership.firstMembers(slug, me(), SIDEBAR_MEMBERS));
            models.put("pinned", before == null ? posts.pinned(space.id(), me()) : List.of());
        }
        models.put("maxLength", PostText.MAX_LENGTH);
        models.put("section", "spaces");
        return "spaces/space.html";
    }

    @POST
    @CsrfProtected
    @Path(SLUG + "/posts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("slug") String slug, @FormParam("text") String text) {
        SpaceView space = spaces.find(slug, me());
        try {
            long me = me();
            retries.run(() -> posts.publish(me, space.id(), text));
            return Done.seeOther("/spaces/" + slug, "posted");
        } catch (InvalidInputException e) {
            return refused(slug, text, e);
        }
    }

    /**
     * The composer with files: the form comes whole (see {@link Uploads}), its CSRF token checked here, as Krazo
     * does not read multipart bodies.
     */
    @POST
    @Path(SLUG + "/posts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response publishWithFiles(@PathParam("slug") String slug, List<EntityPart> form) {
        csrf.check(form);
        String text = Uploads.text(form, "text");
        SpaceView space = spaces.find(slug, me());
        try (RepeatableUploads files = RepeatableUploads.of(Uploads.of(form, "files"))) {
            long me = me();
            retries.run(() -> attachments.publish(me, space.id(), text, files.open()));
            return Done.seeOther("/spaces/" + slug, "posted");
        } catch (InvalidInputException e) {
            return refused(slug, text, e);
        }
    }

    private Response refused(String slug, String text, InvalidInputException e) {
        space(slug, null);
        return refusals.keep("text", text).show("spaces/space.html", e);
    }

    @POST
    @CsrfProtected
    @Path(SLUG + "/join")
    public Response join(@PathParam("slug") String slug) {
        long me = me();
        retries.run(() -> membership.join(slug, me));
        return back(slug);
    }

    @POST
    @CsrfProtected
    @Path(SLUG + "/request")
    public Response request(@PathParam("slug") String slug) {
        long me = me();
        retries.run(() -> membership.requestToJoin(slug, me));
        return back(slug);
    }

    @POST
    @CsrfProtected
    @Path(SLUG + "/decline")
    public Response decline(@PathParam("slug") String slug) {
        long me = me();
        retries.run(() -> membership.decline(slug, me));
        return Response.seeOther(URI.create("/spaces")).build();
    }

    @POST
    @CsrfProtected
    @Path(SLUG + "/leave")
    public Response leave(@PathParam("slug") String slug) {
        long me = me();
        retries.run(() -> membership.leave(slug, me));
        return Response.seeOther(URI.create("/spaces")).build();
    }

    @POST
    @CsrfProtected
    @Path(SLUG + "/archive")
    public Response archive(@PathParam("slug") String slug, @FormParam("archived") boolean archived) {
        long me = me();
        retries.run(() -> spaces.archive(slug, me, archived));
        return back(slug);
    }

    static Response back(String slug) {
        return Response.seeOther(URI.create("/spaces/" + slug)).build();
    }

    private long me() {
        return current.require().id();
    }
}
