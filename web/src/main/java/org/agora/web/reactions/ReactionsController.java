package org.agora.web.reactions;

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
import org.agora.database.Retries;
import org.agora.reactions.ReactionService;
import org.agora.reactions.model.ReactionKind;
import org.agora.reactions.model.ReactionTarget;
import org.agora.web.security.CurrentUser;
import org.agora.web.redirects.Redirects;

/** Reacting to posts and comments, and the list of who reacted. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class ReactionsController {

    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    Models models;

    @Inject
    Retries retries;

    @Inject
    ReactionService reactions;

    @Inject
    CurrentUser current;

    @POST
    @Path("posts/" + ID + "/reactions")
    public Response reactToPost(@PathParam("id") long id, @FormParam("kind") String kind,
                                @FormParam("chosen") Boolean chosen, @FormParam("mine") String mine,
                                @FormParam("back") String back) {
        long post = react(ReactionTarget.POST, id, kind, chosen(kind, chosen, mine));
        return Redirects.back(back, "/posts/" + post);
    }

    @POST
    @Path("comments/" + ID + "/reactions")
    public Response reactToComment(@PathParam("id") long id, @FormParam("kind") String kind,
                                   @FormParam("chosen") Boolean chosen, @FormParam("mine") String mine,
                                   @FormParam("back") String back) {
        long post = react(ReactionTarget.COMMENT, id, kind, chosen(kind, chosen, mine));
        return Redirects.back(back, "/posts/" + post + "#comment-" + id);
    }

    @GET
    @Path("posts/" + ID + "/reactions")
    public String whoReactedToPost(@PathParam("id") long id) {
        models.put("who", reactions.who(ReactionTarget.POST, id, me()));
        models.put("what", "post");
        return "reactions.html";
    }

    @GET
    @Path("comments/" + ID + "/reactions")
    public String whoReactedToComment(@PathParam("id") long id) {
        models.put("who", reactions.who(ReactionTarget.COMMENT, id, me()));
        models.put("what", "comment");
        return "reactions.html";
    }

    // the picker's one form names the reader's kind as drawn: pressing that kind takes it back, any other sets it
    private static Boolean chosen(String kind, Boolean chosen, String mine) {
        return chosen != null || mine == null ? chosen : Boolean.valueOf(!mine.equals(kind));
    }

    // the buttons say whether they set or take back the kind, so that a double-click gives one click's result;
    // a form without it toggles
    private long react(ReactionTarget target, long id, String kind, Boolean chosen) {
        long me = me();
        return chosen == null ? reactions.react(target, id, me, ReactionKind.parse(kind))
                : retries.get(() -> reactions.react(target, id, me, ReactionKind.parse(kind), chosen));
    }

    private long me() {
        return current.require().id();
    }
}
