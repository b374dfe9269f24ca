package org.agora.web.spaces;

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
import org.agora.spaces.SpaceService;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.retries.Retries;
import org.agora.web.security.CurrentUser;

/** A space's members: inviting, approving requests, removing, moderators and ownership. */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/members")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class MembersController {

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    private static final String PERSON = "{person: [0-9]{1,18}}";

    @Inject
    Models models;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser current;

    @GET
    public String members(@PathParam("slug") String slug) {
        models.put("space", spaces.find(slug, me()));
        models.put("members", spaces.members(slug, me()));
        models.put("section", "spaces");
        return "spaces/members.html";
    }

    @POST
    @Path("invite")
    public Response invite(@PathParam("slug") String slug, @FormParam("email") String email) {
        try {
            spaces.invite(slug, me(), email);
            return Response.seeOther(java.net.URI.create("/spaces/" + slug + "/members")).build();
        } catch (InvalidInputException e) {
            members(slug);
            return refusals.keep("email", email).show("spaces/members.html", e);
        }
    }

    @POST
    @Path(PERSON + "/approve")
    public Response approve(@PathParam("slug") String slug, @PathParam("person") long person) {
        spaces.approve(slug, me(), person);
        return list(slug);
    }

    @POST
    @Path(PERSON + "/remove")
    public Response remove(@PathParam("slug") String slug, @PathParam("person") long person) {
        spaces.remove(slug, me(), person);
        return list(slug);
    }

    @POST
    @Path(PERSON + "/moderator")
    public Response moderator(@PathParam("slug") String slug, @PathParam("person") long person,
                              @FormParam("moderator") boolean moderator) {
        long me = me();
        retries.run(() -> spaces.setModerator(slug, me, person, moderator));
        return list(slug);
    }

    @POST
    @Path(PERSON + "/owner")
    public Response owner(@PathParam("slug") String slug, @PathParam("person") long person) {
        spaces.transferOwnership(slug, me(), person);
        return list(slug);
    }

    private static Response list(String slug) {
        return Response.seeOther(java.net.URI.create("/spaces/" + slug + "/members")).build();
    }

    private long me() {
        return current.require().id();
    }
}
