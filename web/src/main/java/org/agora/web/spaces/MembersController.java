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
import java.util.List;
import org.agora.database.Retries;
import org.agora.mentions.MentionService;
import org.agora.spaces.MemberManagement;
import org.agora.spaces.SpaceMembership;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.notices.Done;
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
    SpaceMembership membership;

    @Inject
    MemberManagement members;

    @Inject
    CurrentUser current;

    @Inject
    MentionService mentions;

    @GET
    public String members(@PathParam("slug") String slug) {
        SpaceView space = spaces.find(slug, me());
        models.put("space", space);
        models.put("members", membership.members(slug, me()));
        if (space.access().canManage()) {
            models.put("departments", members.departments());
        }
        models.put("section", "spaces");
        return "spaces/members.html";
    }

    /**
     * Invites the colleagues chosen with the people picker (their ids; without JavaScript, their handles or e-mail
     * addresses typed in its field), a whole department, or one e-mail address.
     */
    @POST
    @Path("invite")
    public Response invite(@PathParam("slug") String slug, @FormParam("email") String email,
                           @FormParam("invitees") List<String> invitees,
                           @FormParam("invitees-handles") String handles,
                           @FormParam("department") String department) {
        long me = me();
        try {
            if (email != null && !email.isBlank()) {
                retries.run(() -> members.invite(slug, me, email));
            } else {
                List<Long> chosen = Invitees.ids(invitees, handles, mentions);
                retries.run(() -> members.inviteAll(slug, me, chosen, department));
            }
            return Done.seeOther("/spaces/" + slug + "/members", "invited");
        } catch (InvalidInputException e) {
            members(slug);
            return refusals.keep("email", email).keep("handles", handles).show("spaces/members.html", e);
        }
    }

    /** Lets in a person who asked to join; from the settings' queue ({@code back=settings}) back to it. */
    @POST
    @Path(PERSON + "/approve")
    public Response approve(@PathParam("slug") String slug, @PathParam("person") long person,
                            @FormParam("back") String back) {
        members.approve(slug, me(), person);
        return "settings".equals(back) ? Done.seeOther(settings(slug), "approved") : list(slug);
    }

    /** Refuses a request, cancels an invitation or removes a member; from the settings' queue back to it. */
    @POST
    @Path(PERSON + "/remove")
    public Response remove(@PathParam("slug") String slug, @PathParam("person") long person,
                           @FormParam("back") String back) {
        members.remove(slug, me(), person);
        return "settings".equals(back) ? Done.seeOther(settings(slug), "refused") : list(slug);
    }

    @POST
    @Path(PERSON + "/moderator")
    public Response moderator(@PathParam("slug") String slug, @PathParam("person") long person,
                              @FormParam("moderator") boolean moderator, @FormParam("back") String back) {
        long me = me();
        retries.run(() -> members.setModerator(slug, me, person, moderator));
        return "settings".equals(back) ? Response.seeOther(java.net.URI.create(settings(slug))).build() : list(slug);
    }

    @POST
    @Path(PERSON + "/owner")
    public Response owner(@PathParam("slug") String slug, @PathParam("person") long person) {
        members.transferOwnership(slug, me(), person);
        return list(slug);
    }

    private static String settings(String slug) {
        return "/spaces/" + slug + "/settings";
    }

    private static Response list(String slug) {
        return Response.seeOther(java.net.URI.create("/spaces/" + slug + "/members")).build();
    }

    private long me() {
        return current.require().id();
    }
}
