package org.agora.web.notify;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.database.Retries;
import org.agora.notify.NotificationService;
import org.agora.web.security.CurrentUser;

/** The signed-in person's notifications: the list of lines, opening one, marking all read. */
@Controller
@Path("notifications")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class NotificationsController {

    @Inject
    Models models;

    @Inject
    Retries retries;

    @Inject
    MvcContext mvc;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser current;

    @GET
    public String list() {
        models.put("notifications", notifications.list(current.require().id(), mvc.getLocale()));
        models.put("section", "notifications");
        return "notify/list.html";
    }

    /**
     * Opens a notification: marks its line read and leads to the item. A plain link, so that it opens in a new tab;
     * only its signed-in owner marks anything.
     */
    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response open(@PathParam("id") long id) {
        long me = current.require().id();
        return Response.seeOther(URI.create(retries.get(() -> notifications.open(id, me)))).build();
    }

    /** The former form of opening, kept for pages still open in a browser. */
    @POST
    @Path("{id: [0-9]{1,18}}/open")
    public Response openByForm(@PathParam("id") long id) {
        return open(id);
    }

    /** Marks one line read without opening it. */
    @POST
    @Path("{id: [0-9]{1,18}}/read")
    public Response markRead(@PathParam("id") long id) {
        long me = current.require().id();
        retries.get(() -> notifications.open(id, me));
        return Response.seeOther(URI.create("/notifications")).build();
    }

    @POST
    @Path("read")
    public Response markAllRead() {
        long me = current.require().id();
        retries.run(() -> notifications.markAllRead(me));
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
