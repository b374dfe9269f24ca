package org.agora.web.bookmarks;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.bookmarks.BookmarkService;
import org.agora.database.Retries;
import org.agora.engagement.EngagementService;
import org.agora.feed.PostView;
import org.agora.web.security.CurrentUser;
import org.agora.web.redirects.Redirects;

/** Saving a post, and the "Saved" page. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class BookmarksController {

    @Inject
    Models models;

    @Inject
    Retries retries;

    @Inject
    BookmarkService bookmarks;

    @Inject
    EngagementService engagement;

    @Inject
    CurrentUser current;

    @POST
    @Path("posts/{id: [0-9]{1,18}}/bookmark")
    public Response toggle(@PathParam("id") long id, @FormParam("saved") Boolean saved,
                           @FormParam("back") String back) {
        // the button says whether it saves or forgets, so that a double-click gives one click's result
        if (saved == null) {
            bookmarks.toggle(id, me());
        } else {
            long me = me();
            retries.run(() -> bookmarks.set(id, me, saved));
        }
        return Redirects.back(back, "/posts/" + id);
    }

    @GET
    @Path("saved")
    public String saved() {
        List<PostView> posts = bookmarks.saved(me());
        models.put("posts", posts);
        models.put("engagement", engagement.forPosts(posts.stream().map(PostView::id).toList(), me()));
        models.put("section", "saved");
        return "saved.html";
    }

    private long me() {
        return current.require().id();
    }
}
