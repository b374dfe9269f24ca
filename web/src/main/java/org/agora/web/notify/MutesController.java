package org.agora.web.notify;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.database.Retries;
import org.agora.notify.MuteService;
import org.agora.notify.model.Mute.Target;
import org.agora.web.security.CurrentUser;

/** Muting and unmuting a post or a space: notifications about it stop, and come again once unmuted. */
@Controller
@Path("mutes")
@CsrfProtected
public class MutesController {

    @Inject
    MuteService mutes;

    @Inject
    Retries retries;

    @Inject
    CurrentUser current;

    @POST
    @Path("posts/{id: [0-9]{1,18}}")
    public Response post(@PathParam("id") long id, @FormParam("muted") boolean muted) {
        long me = current.require().id();
        retries.run(() -> mutes.mute(me, Target.POST, id, muted));
        return Response.seeOther(URI.create("/posts/" + id)).build();
    }

    /** @param back the space's page the button was on */
    @POST
    @Path("spaces/{id: [0-9]{1,18}}")
    public Response space(@PathParam("id") long id, @FormParam("muted") boolean muted, @FormParam("back") String back) {
        long me = current.require().id();
        retries.run(() -> mutes.mute(me, Target.SPACE, id, muted));
        boolean inside = back != null && back.matches("/spaces/[A-Za-z0-9-]{1,100}(/[a-z]{1,20})?");
        return Response.seeOther(URI.create(inside ? back : "/spaces")).build();
    }
}
