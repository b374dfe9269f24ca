package org.agora.web.feed;

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
import org.agora.engagement.PostPage;
import org.agora.feed.PostEditing;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.PostText;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.agora.web.forms.Refusals;
import org.agora.web.attachments.RepeatableUploads;
import org.agora.web.attachments.Uploads;
import org.agora.web.notices.Done;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/** The company-wide feed, and writing a post. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FeedController {

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    @Inject
    Models models;

    @Inject
    PostService posts;

    @Inject
    PostEditing editing;

    @Inject
    HomeFeedModel home;

    @Inject
    EngagementService engagement;

    @Inject
    CurrentUser current;

    @Inject
    MultipartCsrf csrf;

    @Inject
    AttachmentService attachments;

    /** The home feed, in the order "latest" (by default) or "top". */
    @GET
    public String feed(@QueryParam("before") Long before, @QueryParam("order") String order,
                       @QueryParam("from") String from) {
        return "top".equals(order) ? home.fillTop(from) : home.fill(before);
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @CsrfProtected
    public Response publish(@FormParam("text") String text) {
        try {
            long me = current.require().id();
            retries.run(() -> posts.publish(me, text));
            return Done.seeOther("/", "posted");
        } catch (InvalidInputException e) {
            return refused(text, e);
        }
    }

    /**
     * The composer with files: the form comes whole (see {@link Uploads}), its CSRF token checked here, as Krazo
     * does not read multipart bodies.
     */
    @POST
    @Path("posts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response publishWithFiles(List<EntityPart> form) {
        csrf.check(form);
        String text = Uploads.text(form, "text");
        try (RepeatableUploads files = RepeatableUploads.of(Uploads.of(form, "files"))) {
            long me = current.require().id();
            retries.run(() -> attachments.publish(me, null, text, files.open()));
            return Done.seeOther("/", "posted");
        } catch (InvalidInputException e) {
            return refused(text, e);
        }
    }

    private Response refused(String text, InvalidInputException e) {
        home.fill(null);
        return refusals.keep("text", text).show("feed.html", e);
    }


    /** Renders Markdown as a post would show it, for the composer's preview. */
    @POST
    @Path("posts/preview")
    @CsrfProtected
    public String preview(@FormParam("text") String text) {
        models.put("html", posts.preview(text));
        return "fragments/preview.html";
    }

    @GET
    @Path("posts/{id: [0-9]{1,18}}")
    public String post(@PathParam("id") long id) {
        PostPage page = engagement.page(id, current.require().id());
        models.put("page", page);
        models.put("engagement", Map.of(id, page.engagement()));
        models.put("permissions", editing.permissions(id, current.require().id()));
        return "post.html";
    }

    @GET
    @Path("posts/{id: [0-9]{1,18}}/edit")
    public String editForm(@PathParam("id") long id) {
        PostView post = posts.read(id, current.require().id())
                .orElseThrow(() -> new UnknownItemException("error.post.unknown"));
        models.put("post", post);
        models.put("text", editing.markdown(id, current.require().id()));
        models.put("maxLength", PostText.MAX_LENGTH);
        return "post-edit.html";
    }

    @POST
    @Path("posts/{id: [0-9]{1,18}}/edit")
    @CsrfProtected
    public Response edit(@PathParam("id") long id, @FormParam("text") String text) {
        try {
            editing.edit(id, current.require().id(), text);
            return Response.seeOther(URI.create("/posts/" + id)).build();
        } catch (InvalidInputException e) {
            editForm(id);
            return refusals.keep("text", text).show("post-edit.html", e);
        }
    }

    @POST
    @Path("posts/{id: [0-9]{1,18}}/pin")
    @CsrfProtected
    public Response pin(@PathParam("id") long id, @FormParam("pinned") boolean pinned) {
        long me = current.require().id();
        retries.run(() -> editing.pin(id, me, pinned));
        return Response.seeOther(URI.create("/posts/" + id)).build();
    }

    @POST
    @Path("posts/{id: [0-9]{1,18}}/delete")
    @CsrfProtected
    public Response delete(@PathParam("id") long id) {
        PostView post = posts.read(id, current.require().id())
                .orElseThrow(() -> new UnknownItemException("error.post.unknown"));
        editing.delete(id, current.require().id());
        return Response.seeOther(URI.create(post.spaceSlug() == null ? "/" : "/spaces/" + post.spaceSlug())).build();
    }

    @GET
    @Path("posts/{id: [0-9]{1,18}}/history")
    public String history(@PathParam("id") long id) {
        PostView post = posts.read(id, current.require().id())
                .orElseThrow(() -> new UnknownItemException("error.post.unknown"));
        models.put("post", post);
        models.put("revisions", editing.history(id, current.require().id()));
        return "post-history.html";
    }
}
