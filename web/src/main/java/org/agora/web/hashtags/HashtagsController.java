package org.agora.web.hashtags;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.agora.database.Retries;
import org.agora.hashtags.HashtagService;
import org.agora.web.security.CurrentUser;

/** A hashtag's page, and following it. */
@Controller
@Path("hashtags")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class HashtagsController {

    private static final String TAG = "{tag: [^/]{1,200}}";

    @Inject
    Models models;

    @Inject
    Retries retries;

    @Inject
    HashtagService hashtags;

    @Inject
    CurrentUser current;

    @GET
    @Path(TAG)
    public String tag(@PathParam("tag") String tag, @QueryParam("before") Long before) {
        models.put("page", hashtags.page(tag, current.require().id(), before));
        return "hashtags/tag.html";
    }

    @POST
    @Path(TAG + "/follow")
    public Response follow(@PathParam("tag") String tag) {
        long me = current.require().id();
        return back(retries.get(() -> hashtags.follow(tag, me)));
    }

    @POST
    @Path(TAG + "/unfollow")
    public Response unfollow(@PathParam("tag") String tag) {
        long me = current.require().id();
        return back(retries.get(() -> hashtags.unfollow(tag, me)));
    }

    /** @return the address of a tag's page, its letters percent-encoded */
    static String address(String tag) {
        return "/hashtags/" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Response back(String tag) {
        return Response.seeOther(URI.create(address(tag))).build();
    }
}
