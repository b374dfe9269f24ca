package org.agora.web.people;

import org.agora.feed.FeedQueries;
import org.agora.follows.FollowService;
import org.agora.follows.model.Follow;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.people.profile.DirectoryQuery;
import org.agora.people.profile.ProfileService;
import org.agora.web.security.CurrentUser;

/** The people directory and a person's profile page with their recent posts. */
@Controller
@Path("people")
@Produces(MediaType.TEXT_HTML)
public class PeopleController {

    @Inject
    FollowService follows;

    @Inject
    Models models;

    @Inject
    ProfileService profiles;

    @Inject
    FeedQueries feeds;

    @Inject
    CurrentUser current;

    @GET
    public String directory(@QueryParam("q") String name, @QueryParam("department") String department,
                            @QueryParam("location") String location, @QueryParam("expertise") String expertise,
                            @QueryParam("interest") String interest, @QueryParam("page") Integer page) {
        DirectoryQuery query = new DirectoryQuery(name, department, location, expertise, interest,
                page == null ? 1 : page);
        models.put("query", query);
        models.put("result", profiles.directory(query, current.require().id()));
        models.put("section", "people");
        return "people/list.html";
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public String profile(@PathParam("id") long id, @QueryParam("before") Long before) {
        long me = current.require().id();
        models.put("profile", profiles.view(id, me));
        models.put("feed", feeds.byAuthor(id, me, before));
        models.put("following", follows.follows(me, Follow.Kind.PERSON, id));
        models.put("followers", follows.followers(Follow.Kind.PERSON, id));
        models.put("section", "people");
        return "people/profile.html";
    }
}
