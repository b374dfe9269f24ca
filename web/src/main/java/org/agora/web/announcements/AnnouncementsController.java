package org.agora.web.announcements;

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
import java.net.URI;
import org.agora.announcements.AnnouncementService;
import org.agora.database.Retries;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.feed.HomeFeedModel;
import org.agora.web.security.CurrentUser;

/** Publishing announcements, and marking them read. */
@Controller
@Path("announcements")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class AnnouncementsController {

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    @Inject
    Models models;

    @Inject
    AnnouncementService announcements;

    @Inject
    HomeFeedModel home;

    @Inject
    CurrentUser current;

    @POST
    public Response announce(@FormParam("text") String text) {
        try {
            announcements.announce(current.require().id(), text);
            return Response.seeOther(URI.create("/")).build();
        } catch (InvalidInputException e) {
            home.fill(null);
            return refusals.keep("announcementText", text).show("feed.html", "announcementError", e);
        }
    }

    @POST
    @Path("read")
    public Response readAll() {
        long me = current.require().id();
        retries.run(() -> announcements.markAllRead(me));
        return Response.seeOther(URI.create("/")).build();
    }

    /** Who read an announcement: for its author and administrators. */
    @GET
    @Path("{id: [0-9]{1,18}}/readers")
    public String readers(@PathParam("id") long id) {
        models.put("readers", announcements.readers(id, current.require().id()));
        models.put("post", id);
        return "announcement-readers.html";
    }

    @POST
    @Path("{id: [0-9]{1,18}}/read")
    public Response read(@PathParam("id") long id) {
        long me = current.require().id();
        retries.run(() -> announcements.markRead(id, me));
        return Response.seeOther(URI.create("/")).build();
    }
}
