package org.agora.web.comments;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.agora.comments.CommentService;
import org.agora.database.Retries;
import org.agora.engagement.EngagementService;
import org.agora.engagement.PostPage;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;

/** Commenting on a post, replying, editing and deleting comments. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class CommentsController {

    @Inject
    Refusals refusals;

    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    Models models;

    @Inject
    CommentService comments;

    @Inject
    EngagementService engagement;

    @Inject
    CurrentUser current;

    @Inject
    Retries retries;

    @POST
    @Path("posts/" + ID + "/comments")
    public Response comment(@PathParam("id") long postId, @FormParam("parent") Long parent,
                            @FormParam("text") String text) {
        try {
            long me = me();
            long id = retries.get(() -> comments.comment(postId, parent, me, text));
            return Response.seeOther(URI.create("/posts/" + postId + "#comment-" + id)).build();
        } catch (InvalidInputException e) {
            return refused(postId, parent == null ? 0 : parent, text, e);
        }
    }

    @POST
    @Path("comments/" + ID + "/edit")
    public Response edit(@PathParam("id") long commentId, @FormParam("post") long postId,
                         @FormParam("text") String text) {
        try {
            long post = comments.edit(commentId, me(), text);
            return Response.seeOther(URI.create("/posts/" + post + "#comment-" + commentId)).build();
        } catch (InvalidInputException e) {
            models.put("editing", commentId);
            return refused(postId, -1, text, e);
        }
    }

    @POST
    @Path("comments/" + ID + "/delete")
    public Response delete(@PathParam("id") long commentId) {
        long post = comments.delete(commentId, me());
        return Response.seeOther(URI.create("/posts/" + post + "#comments")).build();
    }

    /** Shows the post page again with the message at the form that was sent and the text as typed. */
    private Response refused(long postId, long formOf, String text, InvalidInputException e) {
        PostPage page = engagement.page(postId, me());
        models.put("page", page);
        models.put("engagement", Map.of(postId, page.engagement()));
        return refusals.keep("formOf", formOf).keep("commentText", text).show("post.html", "commentError", e);
    }

    private long me() {
        return current.require().id();
    }
}
