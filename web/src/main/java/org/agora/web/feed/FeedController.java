package org.agora.web.feed;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.agora.engagement.EngagementService;
import org.agora.engagement.PostPage;
import org.agora.feed.FeedPage;
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
    EngagementService engagement;

    @Inject
    CurrentUser current;

    @GET
    public String feed(@QueryParam("before") Long before) {
        show(posts.homeFeed(current.require().id(), before));
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
            show(posts.homeFeed(current.require().id(), null));
            models.put("text", text);
            models.put("error", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).entity("feed.html").build();
        }
    }

    private void show(FeedPage feed) {
        models.put("feed", feed);
        models.put("engagement", engagement.forPosts(feed.posts().stream().map(PostView::id).toList(),
                current.require().id()));
        models.put("maxLength", PostText.MAX_LENGTH);
    }

    /** A post's own page, with all its comments. */
    @GET
    @Path("posts/{id: [0-9]{1,18}}")
    public String post(@PathParam("id") long id) {
        PostPage page = engagement.page(id, current.require().id());
        models.put("page", page);
        models.put("engagement", Map.of(id, page.engagement()));
        return "post.html";
    }
}
