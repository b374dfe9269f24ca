package org.agora.web.follows;

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
import org.agora.follows.FollowService;
import org.agora.web.security.CurrentUser;

/** Following and unfollowing a colleague (a root resource of its own, so the people pages do not shadow it). */
@Controller
@Path("people/{id: [0-9]{1,18}}/follow")
public class PersonFollowController {

    @Inject
    FollowService follows;

    @Inject
    Retries retries;

    @Inject
    CurrentUser current;

    @POST
    @CsrfProtected
    public Response follow(@PathParam("id") long id, @FormParam("follow") boolean follow) {
        long me = current.require().id();
        retries.run(() -> follows.followPerson(me, id, follow));
        return Response.seeOther(URI.create("/people/" + id)).build();
    }
}
