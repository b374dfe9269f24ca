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
import org.agora.spaces.SpaceService;
import org.agora.web.security.CurrentUser;

/** Following and unfollowing a space one may read without being a member. */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/follow")
public class SpaceFollowController {

    @Inject
    FollowService follows;

    @Inject
    Retries retries;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser current;

    @POST
    @CsrfProtected
    public Response follow(@PathParam("slug") String slug, @FormParam("follow") boolean follow) {
        long me = current.require().id();
        long space = spaces.find(slug, me).id();
        retries.run(() -> follows.followSpace(me, space, follow));
        return Response.seeOther(URI.create("/spaces/" + slug)).build();
    }
}
