package org.agora.web.feed;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.PostText;
import org.agora.validation.InvalidInputException;
import org.agora.web.security.CurrentUser;

/** The company-wide feed, and writing a post. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FeedController {

    @Inject
    Models models;

    @Inject
    PostService posts;

    @Inject
    CurrentUser current;

    @GET
    public String feed(@QueryParam("before") Long before) {
        models.put("feed", posts.homeFeed(current.require().id(), before));
        models.put("maxLength", PostText.MAX_LENGTH);
        models.put("section", "feed");
        return "feed.html";
    }

    @POST
    @Path("posts")
    @CsrfProtected
    public Response publish(@FormParam("text") String text) {
        try {
            posts.publish(current.require().id(), text);
            return Response.seeOther(URI.create("/")).build();
        } catch (InvalidInputException e) {
            models.put("feed", posts.homeFeed(current.require().id(), null));
            models.put("maxLength", PostText.MAX_LENGTH);
            models.put("text", text);
            models.put("error", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).entity("feed.html").build();
        }
    }

    @GET
    @Path("posts/{id: [0-9]{1,18}}")
    public String post(@PathParam("id") long id) {
        PostView post = posts.read(id, current.require().id())
                .orElseThrow(() -> new NotFoundException("This post does not exist."));
        models.put("post", post);
        return "post.html";
    }
}
